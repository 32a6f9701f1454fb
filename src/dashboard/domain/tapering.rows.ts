import type { Borough, IsoDate, SystemicLevel } from '../../shared/values.js';
import type { Funder, PostKind } from '../../posts/domain/post.events.js';

/**
 * What the tapering calculation reads. The database cuts its effective-dated rows at given dates
 * (`on`: the date the rows were found holding) and totals them per date, borough and kind, so
 * that 5,000 people and 1,000 posts come back as a few dozen rows; every other figure (costs,
 * shares, forecast, gap) is worked out from these in plain code.
 */

/** Posts of one kind in one borough as they stood on `on`. */
export interface PostTotalOn {
  on: IsoDate;
  kind: PostKind;
  borough: Borough;
  wteHundredths: number;
  /** Clinician work carried inside these posts (social work posts only). */
  integratedWteHundredths: number;
  /** WTE of those of these posts whose holder on `on` was dual qualified on `on`. */
  coverableWteHundredths: number;
}

/** One effective-dated stretch of a clinician or Head of Clinical Practice post, for costing. */
export interface ClinicalPostPeriod {
  postId: string;
  kind: PostKind;
  borough: Borough;
  fundedBy: Funder;
  annualCostPence: number;
  validFrom: IsoDate;
  /** First day without it; null while it lasts. */
  validTo: IsoDate | null;
}

/** The dual-qualified people employed in one borough on `on`: how many, and their FTE summed. */
export interface DualTotalOn {
  on: IsoDate;
  borough: Borough;
  headcount: number;
  fteHundredths: number;
}

/** A person in a level 3 or 4 place today, with where they work and what they hold today. */
export interface InTraining {
  staffId: string;
  borough: Borough;
  registered: boolean;
  dual: boolean;
  level: SystemicLevel;
  cohortStartsOn: IsoDate;
  cohortEndsOn: IsoDate;
}

export const ENDING_OUTCOMES = ['completed', 'failed', 'withdrawn'] as const;

export interface TaperingRows {
  postsOn: PostTotalOn[];
  clinicalPosts: ClinicalPostPeriod[];
  dualOn: DualTotalOn[];
  inTraining: InTraining[];
  /** Outcomes of level 3/4 enrolments that ended on or before today (completed, failed, withdrawn). */
  endedOutcomes: string[];
}
