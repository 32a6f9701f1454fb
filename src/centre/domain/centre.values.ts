import { isParticipantGroup, PARTICIPANT_GROUPS, type ParticipantGroup } from '../../plan/domain/centre-plan.js';

/** Values of the Centre for Social Work: other councils' staff trained by Triborough. */

export { isParticipantGroup, PARTICIPANT_GROUPS, type ParticipantGroup };

/** Ofsted's judgement of a council's children's services, as it stood when the council applied. */
export const OFSTED_RATINGS = ['outstanding', 'good', 'requires-improvement', 'inadequate'] as const;
export type OfstedRating = (typeof OFSTED_RATINGS)[number];
export const isOfstedRating = (value: unknown): value is OfstedRating => OFSTED_RATINGS.includes(value as OfstedRating);

/**
 * Councils judged Inadequate are not taken: the plan holds they need basic systems and a
 * permanent workforce first, which the Centre cannot give.
 */
export const INELIGIBLE_RATINGS: readonly OfstedRating[] = ['inadequate'];

/**
 * A participant's day: in the classroom, embedded in a named Triborough service, or in a session
 * of on-site support that a Triborough staff member gave at the participant's own council.
 */
export const ATTENDANCE_KINDS = ['classroom', 'embedded', 'on-site'] as const;
export type AttendanceKind = (typeof ATTENDANCE_KINDS)[number];
export const isAttendanceKind = (value: unknown): value is AttendanceKind =>
  ATTENDANCE_KINDS.includes(value as AttendanceKind);

/** Places (or counts) by group, all zero. */
export const noPlaces = (): Record<ParticipantGroup, number> =>
  Object.fromEntries(PARTICIPANT_GROUPS.map((group) => [group, 0])) as Record<ParticipantGroup, number>;
