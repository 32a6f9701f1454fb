import { ValidTimeTable } from '../../projections/bitemporal/valid-time-table.js';
import type { IsoDate, SystemicLevel } from '../../shared/values.js';
import type { CohortEvent } from '../domain/cohort.events.js';
import type { MemberStatus } from './cohort-view.js';

export const COHORT_VIEW = 'cohort_view';
export const COHORT_MEMBER_VIEW = 'cohort_member_view';
export const COHORT_PERSON_VIEW = 'cohort_person_view';

export interface CohortRow {
  cohortId: string;
  level: SystemicLevel;
  name: string;
  provider: string;
  startsOn: IsoDate;
  endsOn: IsoDate;
  capacity: number;
}

/** One person's latest entry in a cohort. */
export interface MemberRow {
  cohortId: string;
  staffId: string;
  status: MemberStatus;
  /** The arrival event's global position (see `positionKey`): orders the waiting list. */
  arrival: string;
  waitlistedOn: IsoDate | null;
  enrolledOn: IsoDate | null;
  outcomeOn: IsoDate | null;
  removedReason: string | null;
}

/**
 * The member after one cohort event; pure. Arriving (again, after a withdrawal or deferral) puts
 * the person at the end of the line with the dates of any earlier stay cleared.
 */
export const evolveMember = (member: MemberRow | undefined, e: CohortEvent, arrival: string): MemberRow | undefined => {
  switch (e.type) {
    case 'PersonEnrolled':
    case 'PersonWaitlisted': {
      const { cohortId, staffId } = e.data;
      const enrolled = e.type === 'PersonEnrolled';
      return {
        cohortId,
        staffId,
        status: enrolled ? 'enrolled' : 'waitlisted',
        arrival,
        enrolledOn: enrolled ? e.data.enrolledOn : null,
        waitlistedOn: enrolled ? null : e.data.waitlistedOn,
        outcomeOn: null,
        removedReason: null,
      };
    }
    case 'EnrolmentOutcomeRecorded':
      return member && { ...member, status: e.data.outcome, outcomeOn: e.data.on };
    case 'WaitlistedPersonPromoted':
      return member && { ...member, status: 'enrolled', enrolledOn: e.data.promotedOn };
    case 'WaitlistedPersonSkipped':
      return member && { ...member, status: 'removed', outcomeOn: e.data.on, removedReason: e.data.reason };
    case 'CohortScheduled':
      return member;
    default: {
      const _exhaustive: never = e;
      return _exhaustive;
    }
  }
};

const asText = (column: string) => (p: string) => `${p}${column}::text AS ${column}`;

export const COHORT_ROWS = new ValidTimeTable<CohortRow>(
  COHORT_VIEW,
  ['cohort_id'],
  [
    { name: 'level' },
    { name: 'name' },
    { name: 'provider' },
    { name: 'starts_on', select: asText('starts_on') },
    { name: 'ends_on', select: asText('ends_on') },
    { name: 'capacity' },
  ],
  (c) => ({
    cohort_id: c.cohortId,
    level: c.level,
    name: c.name,
    provider: c.provider,
    starts_on: c.startsOn,
    ends_on: c.endsOn,
    capacity: c.capacity,
  }),
  (r) => ({
    cohortId: r.cohort_id as string,
    level: r.level as SystemicLevel,
    name: r.name as string,
    provider: r.provider as string,
    startsOn: r.starts_on as IsoDate,
    endsOn: r.ends_on as IsoDate,
    capacity: r.capacity as number,
  }),
);

export const MEMBER_ROWS = new ValidTimeTable<MemberRow>(
  COHORT_MEMBER_VIEW,
  ['cohort_id', 'staff_id'],
  [
    { name: 'status' },
    { name: 'arrival' },
    { name: 'waitlisted_on', select: asText('waitlisted_on') },
    { name: 'enrolled_on', select: asText('enrolled_on') },
    { name: 'outcome_on', select: asText('outcome_on') },
    { name: 'removed_reason' },
  ],
  (m) => ({
    cohort_id: m.cohortId,
    staff_id: m.staffId,
    status: m.status,
    arrival: m.arrival,
    waitlisted_on: m.waitlistedOn,
    enrolled_on: m.enrolledOn,
    outcome_on: m.outcomeOn,
    removed_reason: m.removedReason,
  }),
  (r) => ({
    cohortId: r.cohort_id as string,
    staffId: r.staff_id as string,
    status: r.status as MemberStatus,
    arrival: r.arrival as string,
    waitlistedOn: r.waitlisted_on as IsoDate | null,
    enrolledOn: r.enrolled_on as IsoDate | null,
    outcomeOn: r.outcome_on as IsoDate | null,
    removedReason: r.removed_reason as string | null,
  }),
);

/** Names for rosters, kept from StaffHired so the roster needs no other context's table. */
export const PERSON_ROWS = new ValidTimeTable<{ staffId: string; name: string }>(
  COHORT_PERSON_VIEW,
  ['staff_id'],
  [{ name: 'name' }],
  (p) => ({ staff_id: p.staffId, name: p.name }),
  (r) => ({ staffId: r.staff_id as string, name: r.name as string }),
);
