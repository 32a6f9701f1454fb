import type { IsoDate, SystemicLevel } from '../../shared/values.js';
import type {
  CohortScheduled,
  EnrolmentOutcome,
  EnrolmentOutcomeRecorded,
  PersonEnrolled,
  PersonWaitlisted,
  WaitlistedPersonPromoted,
} from './cohort.events.js';

/** Event builders for specs. Cohorts run from September to July, so dates stay inside them. */

export const scheduled = (
  cohortId = 'c1',
  level: SystemicLevel = 1,
  overrides: Partial<CohortScheduled['data']> = {},
): CohortScheduled => ({
  type: 'CohortScheduled',
  data: {
    cohortId,
    level,
    name: `Systemic Year ${level}`,
    provider: 'Tavistock',
    startsOn: '2016-09-01',
    endsOn: '2017-07-31',
    capacity: 2,
    ...overrides,
  },
});

export const personEnrolled = (
  staffId: string,
  cohortId = 'c1',
  level: SystemicLevel = 1,
  enrolledOn: IsoDate = '2016-08-01',
): PersonEnrolled => ({ type: 'PersonEnrolled', data: { cohortId, staffId, level, enrolledOn } });

export const personWaitlisted = (
  staffId: string,
  cohortId = 'c1',
  level: SystemicLevel = 1,
  waitlistedOn: IsoDate = '2016-08-02',
): PersonWaitlisted => ({ type: 'PersonWaitlisted', data: { cohortId, staffId, level, waitlistedOn } });

export const outcomeRecorded = (
  staffId: string,
  outcome: EnrolmentOutcome,
  on: IsoDate,
  cohortId = 'c1',
  level: SystemicLevel = 1,
  from: 'enrolled' | 'waitlisted' = 'enrolled',
): EnrolmentOutcomeRecorded => ({
  type: 'EnrolmentOutcomeRecorded',
  data: { cohortId, staffId, level, outcome, from, on },
});

export const promoted = (
  staffId: string,
  promotedOn: IsoDate,
  cohortId = 'c1',
  level: SystemicLevel = 1,
): WaitlistedPersonPromoted => ({ type: 'WaitlistedPersonPromoted', data: { cohortId, staffId, level, promotedOn } });
