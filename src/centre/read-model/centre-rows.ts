import { ValidTimeTable } from '../../projections/bitemporal/valid-time-table.js';
import type { Borough, IsoDate } from '../../shared/values.js';
import type { AttendanceKind, OfstedRating, ParticipantGroup } from '../domain/centre.values.js';

export const CENTRE_COUNCIL_VIEW = 'centre_council_view';
export const CENTRE_PARTICIPANT_VIEW = 'centre_participant_view';
export const CENTRE_ON_SITE_SUPPORT_VIEW = 'centre_on_site_support_view';

export interface CouncilRow {
  councilId: string;
  intakeYear: number;
  name: string;
  ofstedRating: OfstedRating;
  leadershipNotes: string;
  status: 'applied' | 'selected' | 'declined';
  appliedOn: IsoDate;
  decidedOn: IsoDate | null;
  decisionReason: string | null;
}

export interface AttendanceDay {
  on: IsoDate;
  kind: AttendanceKind;
  service?: string;
  borough?: Borough;
  staffId?: string;
}

export interface ParticipantRow {
  participantId: string;
  intakeYear: number;
  councilId: string;
  group: ParticipantGroup;
  /** Personal data. */
  name: string;
  status: 'registered' | 'completed';
  registeredOn: IsoDate;
  completedOn: IsoDate | null;
  feePence: number;
  intakeStartsOn: IsoDate;
  classroomDays: number;
  embeddedDays: number;
  onSiteDays: number;
  /** Every day attended, in date order. */
  attendance: AttendanceDay[];
  /** Version (0-based) of the participant's stream shown. */
  version: number;
}

export interface OnSiteSupportRow {
  councilId: string;
  staffId: string;
  givenOn: IsoDate;
  intakeYear: number;
  hoursHundredths: number;
}

const asText = (column: string) => (p: string) => `${p}${column}::text AS ${column}`;

export const COUNCIL_ROWS = new ValidTimeTable<CouncilRow>(
  CENTRE_COUNCIL_VIEW,
  ['council_id'],
  [
    { name: 'intake_year' },
    { name: 'name' },
    { name: 'ofsted_rating' },
    { name: 'leadership_notes' },
    { name: 'status' },
    { name: 'applied_on', select: asText('applied_on') },
    { name: 'decided_on', select: asText('decided_on') },
    { name: 'decision_reason' },
  ],
  (c) => ({
    council_id: c.councilId,
    intake_year: c.intakeYear,
    name: c.name,
    ofsted_rating: c.ofstedRating,
    leadership_notes: c.leadershipNotes,
    status: c.status,
    applied_on: c.appliedOn,
    decided_on: c.decidedOn,
    decision_reason: c.decisionReason,
  }),
  (r) => ({
    councilId: r.council_id as string,
    intakeYear: r.intake_year as number,
    name: r.name as string,
    ofstedRating: r.ofsted_rating as OfstedRating,
    leadershipNotes: r.leadership_notes as string,
    status: r.status as CouncilRow['status'],
    appliedOn: r.applied_on as IsoDate,
    decidedOn: r.decided_on as IsoDate | null,
    decisionReason: r.decision_reason as string | null,
  }),
);

export const PARTICIPANT_ROWS = new ValidTimeTable<ParticipantRow>(
  CENTRE_PARTICIPANT_VIEW,
  ['participant_id'],
  [
    { name: 'intake_year' },
    { name: 'council_id' },
    { name: 'participant_group' },
    { name: 'name' },
    { name: 'status' },
    { name: 'registered_on', select: asText('registered_on') },
    { name: 'completed_on', select: asText('completed_on') },
    { name: 'fee_pence', select: asText('fee_pence') },
    { name: 'intake_starts_on', select: asText('intake_starts_on') },
    { name: 'classroom_days' },
    { name: 'embedded_days' },
    { name: 'on_site_days' },
    { name: 'attendance', cast: '::jsonb' },
    { name: 'version' },
  ],
  (p) => ({
    participant_id: p.participantId,
    intake_year: p.intakeYear,
    council_id: p.councilId,
    participant_group: p.group,
    name: p.name,
    status: p.status,
    registered_on: p.registeredOn,
    completed_on: p.completedOn,
    fee_pence: p.feePence,
    intake_starts_on: p.intakeStartsOn,
    classroom_days: p.classroomDays,
    embedded_days: p.embeddedDays,
    on_site_days: p.onSiteDays,
    attendance: p.attendance,
    version: p.version,
  }),
  (r) => ({
    participantId: r.participant_id as string,
    intakeYear: r.intake_year as number,
    councilId: r.council_id as string,
    group: r.participant_group as ParticipantGroup,
    name: r.name as string,
    status: r.status as ParticipantRow['status'],
    registeredOn: r.registered_on as IsoDate,
    completedOn: r.completed_on as IsoDate | null,
    feePence: Number(r.fee_pence),
    intakeStartsOn: r.intake_starts_on as IsoDate,
    classroomDays: r.classroom_days as number,
    embeddedDays: r.embedded_days as number,
    onSiteDays: r.on_site_days as number,
    attendance: r.attendance as AttendanceDay[],
    version: r.version as number,
  }),
);

/** One day's key within a council: `staffId|givenOn` (a text key, as dates would come back shifted by the zone). */
export const supportDayKey = (staffId: string, givenOn: IsoDate): string => `${staffId}|${givenOn}`;

export const ON_SITE_SUPPORT_ROWS = new ValidTimeTable<OnSiteSupportRow>(
  CENTRE_ON_SITE_SUPPORT_VIEW,
  ['council_id', 'support_day'],
  [
    { name: 'staff_id' },
    { name: 'given_on', select: asText('given_on') },
    { name: 'intake_year' },
    { name: 'hours_hundredths' },
  ],
  (s) => ({
    council_id: s.councilId,
    support_day: supportDayKey(s.staffId, s.givenOn),
    staff_id: s.staffId,
    given_on: s.givenOn,
    intake_year: s.intakeYear,
    hours_hundredths: s.hoursHundredths,
  }),
  (r) => ({
    councilId: r.council_id as string,
    staffId: r.staff_id as string,
    givenOn: r.given_on as IsoDate,
    intakeYear: r.intake_year as number,
    hoursHundredths: r.hours_hundredths as number,
  }),
);
