import type { PlanCalendarYear } from '../../plan/domain/plan-document.js';
import { addDays, daysBetween } from '../../shared/iso-days.js';
import type { Borough, IsoDate } from '../../shared/values.js';
import type { InTraining, TaperingRows } from './tapering.rows.js';

export interface CompletionRate {
  /** Level 3/4 enrolments ended by today as completed. */
  completed: number;
  /** Level 3/4 enrolments ended by today as completed, failed or withdrawn (a deferral is a pause, not an end). */
  ended: number;
  /** completed / ended to four decimals; null before any enrolment has ended. */
  rate: number | null;
}

export interface Forecast {
  /** Dual qualified today. */
  currentHeadcount: number;
  /** People in a level 3 or 4 place today, registered social workers not yet dual qualified, due to finish the MSc by year end. */
  inTrainingFinishingByYearEnd: number;
  completionRate: CompletionRate;
  /** current + finishing x rate, to two decimals; null while there is no rate. */
  expectedHeadcount: number | null;
}

export const completionRateOf = (outcomes: string[]): CompletionRate => {
  const completed = outcomes.filter((o) => o === 'completed').length;
  const ended = outcomes.length;
  return { completed, ended, rate: ended === 0 ? null : Math.round((completed * 10_000) / ended) / 10_000 };
};

/**
 * When a person now training would finish the MSc: a level 4 place ends with its cohort; a level 3
 * student still has the second year ahead, taken to follow at once and to last as long as the first.
 */
export const expectedFinish = (training: InTraining): IsoDate =>
  training.level === 4
    ? training.cohortEndsOn
    : addDays(training.cohortEndsOn, daysBetween(training.cohortStartsOn, training.cohortEndsOn) + 1);

/**
 * Dual qualification needs social work registration as well as the MSc, so only registered people
 * not yet dual qualified can add to the count. The rate is the programme's, whatever the scope:
 * a borough alone has too few endings to say much.
 */
export const forecastFor = (
  rows: TaperingRows,
  year: PlanCalendarYear,
  today: IsoDate,
  inScope: (borough: Borough) => boolean,
  rate: CompletionRate,
): Forecast => {
  const currentHeadcount = rows.dualOn
    .filter((d) => d.on === today && inScope(d.borough))
    .reduce((sum, d) => sum + d.headcount, 0);
  const finishing = new Set(
    rows.inTraining
      .filter((t) => inScope(t.borough) && t.registered && !t.dual && expectedFinish(t) <= year.endsOn)
      .map((t) => t.staffId),
  ).size;
  const expectedHeadcount =
    rate.ended === 0
      ? null
      : Math.round(((currentHeadcount * rate.ended + finishing * rate.completed) * 100) / rate.ended) / 100;
  return { currentHeadcount, inTrainingFinishingByYearEnd: finishing, completionRate: rate, expectedHeadcount };
};
