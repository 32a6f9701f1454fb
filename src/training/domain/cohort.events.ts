import type { IsoDate, SystemicLevel } from '../../shared/values.js';

/** Events of the `cohort-<cohortId>` stream: one run of one systemic level. */
export const cohortStreamId = (cohortId: string): string => `cohort-${cohortId}`;

export const OUTCOMES = ['completed', 'failed', 'withdrawn', 'deferred'] as const;
export type EnrolmentOutcome = (typeof OUTCOMES)[number];
export const isEnrolmentOutcome = (value: unknown): value is EnrolmentOutcome =>
  OUTCOMES.includes(value as EnrolmentOutcome);

/** Why a waitlisted person was passed over when a place was freed (they leave the waiting list). */
export type SkipReason = 'has-left' | 'already-enrolled' | 'level-already-completed' | 'level-not-reached';

export type CohortScheduled = {
  type: 'CohortScheduled';
  data: {
    cohortId: string;
    level: SystemicLevel;
    name: string;
    provider: string;
    startsOn: IsoDate;
    endsOn: IsoDate;
    capacity: number;
    /**
     * The day the cohort came to exist, from which it shows in "as at" views. Absent from
     * cohorts scheduled before it was recorded: they date from the day they were recorded.
     */
    scheduledOn?: IsoDate;
  };
};

export type PersonEnrolled = {
  type: 'PersonEnrolled';
  data: { cohortId: string; staffId: string; level: SystemicLevel; enrolledOn: IsoDate };
};

/** Joins the end of the waiting list: first come, first served. */
export type PersonWaitlisted = {
  type: 'PersonWaitlisted';
  data: { cohortId: string; staffId: string; level: SystemicLevel; waitlistedOn: IsoDate };
};

/**
 * `from` says whether the person held a place (`enrolled`) or was on the waiting list; only
 * `withdrawn` or `deferred` from a place frees it.
 */
export type EnrolmentOutcomeRecorded = {
  type: 'EnrolmentOutcomeRecorded';
  data: {
    cohortId: string;
    staffId: string;
    level: SystemicLevel;
    outcome: EnrolmentOutcome;
    from: 'enrolled' | 'waitlisted';
    on: IsoDate;
    reason?: string;
  };
};

export type WaitlistedPersonPromoted = {
  type: 'WaitlistedPersonPromoted';
  data: { cohortId: string; staffId: string; level: SystemicLevel; promotedOn: IsoDate };
};

export type WaitlistedPersonSkipped = {
  type: 'WaitlistedPersonSkipped';
  data: { cohortId: string; staffId: string; level: SystemicLevel; on: IsoDate; reason: SkipReason };
};

export type CohortEvent =
  | CohortScheduled
  | PersonEnrolled
  | PersonWaitlisted
  | EnrolmentOutcomeRecorded
  | WaitlistedPersonPromoted
  | WaitlistedPersonSkipped;

export type CohortEventType = CohortEvent['type'];
