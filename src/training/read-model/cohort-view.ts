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

/** Columns of `cohort_view` as a summary; `c` is the table's alias. */
export const COHORT_SUMMARY_COLUMNS = `c.cohort_id AS id, c.level, c.name, c.provider, c.starts_on::text AS "startsOn",
  c.ends_on::text AS "endsOn", c.capacity, c.enrolled_count AS enrolled, c.waitlist_count AS waitlisted,
  c.completed_count AS completed, c.failed_count AS failed,
  GREATEST(0, c.capacity - c.enrolled_count - c.completed_count - c.failed_count) AS "placesLeft"`;
