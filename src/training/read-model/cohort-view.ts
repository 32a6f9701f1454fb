import type { IsoDate, SystemicLevel } from '../../shared/values.js';

export type MemberStatus = 'enrolled' | 'waitlisted' | 'completed' | 'failed' | 'withdrawn' | 'deferred' | 'removed';

export interface CohortSummary {
  id: string;
  level: SystemicLevel;
  name: string;
  provider: string;
  startsOn: IsoDate;
  endsOn: IsoDate;
  capacity: number;
  /** Holding a place now. */
  enrolled: number;
  waitlisted: number;
  completed: number;
  failed: number;
  /** Capacity less the places held or used (completed, failed): only withdrawals and deferrals give one back. */
  placesLeft: number;
}

export interface RosterMember {
  staffId: string;
  name: string | null;
  status: Exclude<MemberStatus, 'waitlisted'>;
  /** When the person took a place (enrolled or promoted); null if they never held one. */
  enrolledOn: IsoDate | null;
  outcomeOn: IsoDate | null;
}

export interface WaitingMember {
  staffId: string;
  name: string | null;
  /** 1 = next to be offered a freed place. */
  position: number;
  waitlistedOn: IsoDate;
}

export interface CohortDetails extends CohortSummary {
  /** Everyone not waiting, in order of arrival. */
  roster: RosterMember[];
  waitingList: WaitingMember[];
}

/**
 * A cohort summary from `c` (cohort rows) and `k` (member counts per cohort, see COUNTS_BY_COHORT);
 * a cohort nobody has joined has no counts row.
 */
export const COHORT_SUMMARY_COLUMNS = `c.cohort_id AS id, c.level, c.name, c.provider, c.starts_on::text AS "startsOn",
  c.ends_on::text AS "endsOn", c.capacity, COALESCE(k.enrolled, 0)::int AS enrolled,
  COALESCE(k.waitlisted, 0)::int AS waitlisted, COALESCE(k.completed, 0)::int AS completed,
  COALESCE(k.failed, 0)::int AS failed,
  GREATEST(0, c.capacity - COALESCE(k.enrolled + k.completed + k.failed, 0))::int AS "placesLeft"`;

/** Counts of members `m` by status, per cohort (group by m.cohort_id). */
export const COUNTS_BY_COHORT = `m.cohort_id, count(*) FILTER (WHERE m.status = 'enrolled') AS enrolled,
  count(*) FILTER (WHERE m.status = 'waitlisted') AS waitlisted,
  count(*) FILTER (WHERE m.status = 'completed') AS completed,
  count(*) FILTER (WHERE m.status = 'failed') AS failed`;
