import type { IsoDate } from '../../shared/values.js';
import type { CohortEvent, CohortEventType } from './cohort.events.js';

type DataOf<T extends CohortEventType> = Extract<CohortEvent, { type: T }>['data'];

/**
 * When each cohort event takes effect (see STAFF_EFFECTIVE_DATES). A cohort exists from the day
 * it was scheduled; cohorts scheduled before that date was recorded have none, and count from
 * the day they were recorded (null here).
 */
export const COHORT_EFFECTIVE_DATES: { [T in CohortEventType]: (data: DataOf<T>) => IsoDate | null } = {
  CohortScheduled: (d) => d.scheduledOn ?? null,
  PersonEnrolled: (d) => d.enrolledOn,
  PersonWaitlisted: (d) => d.waitlistedOn,
  EnrolmentOutcomeRecorded: (d) => d.on,
  WaitlistedPersonPromoted: (d) => d.promotedOn,
  WaitlistedPersonSkipped: (d) => d.on,
};
