import type { IsoDate } from '../../shared/values.js';

/**
 * Commands carry ids and every date. Level, capacity and outcome are typed loosely because they
 * arrive from the API; the deciders validate them and answer with a coded `invalid` error.
 */
export type ScheduleCohort = {
  type: 'ScheduleCohort';
  cohortId: string;
  level: number;
  name: string;
  provider: string;
  startsOn: IsoDate;
  endsOn: IsoDate;
  capacity: number;
  /** The day the cohort comes to exist (on or before `endsOn`), from which "as at" views show it. */
  scheduledOn?: IsoDate;
};

/** Decided by `decideEnrolment` over the person and the cohort. */
export type EnrolInCohort = { type: 'EnrolInCohort'; cohortId: string; staffId: string; enrolledOn: IsoDate };

/** Decided by `decideOutcome` over the person, the cohort and the people on its waiting list. */
export type RecordEnrolmentOutcome = {
  type: 'RecordEnrolmentOutcome';
  cohortId: string;
  staffId: string;
  outcome: string;
  on: IsoDate;
  reason?: string;
};

/** The commands of the cohort stream alone. */
export type CohortCommand = ScheduleCohort;
