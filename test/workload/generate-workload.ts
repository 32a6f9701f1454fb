import { Prng } from './prng.js';
import { leavers, midYear } from './workload-churn.js';
import { enrolments, finish, schedule } from './workload-cohorts.js';
import { hire } from './workload-hiring.js';
import { Ledger } from './workload-ledger.js';
import { expectedReport, type Cohort, type ExpectedReport, type WorkloadCommand } from './workload-model.js';

/**
 * A deterministic workload over four programme years (2016/17 to 2019/20): hires, prior learning,
 * cohorts, enrolments with waiting lists, withdrawals and deferrals with promotions, completions,
 * moves between boroughs, registrations, lapses and leavers, plus some commands the rules refuse.
 * It keeps its own record of every person and cohort (the ledger) and counts the pipeline from
 * that record, never through the deciders or the read models.
 */
export interface WorkloadOptions {
  seed: number;
  staff: number;
  cohortsPerYear: number;
}

export interface Workload {
  commands: WorkloadCommand[];
  /** One expected report per `on` date, Year 0 to Year 5. */
  expected: ExpectedReport[];
  people: number;
  cohorts: number;
  /** Places handed on from a waiting list, and people passed over on one (they had gone). */
  promotions: number;
  skips: number;
}

export const DEFAULT_WORKLOAD: WorkloadOptions = { seed: 20160401, staff: 5000, cohortsPerYear: 50 };

const YEARS = [2016, 2017, 2018, 2019];
const REPORT_DATES = ['2016-03-01', '2016-10-01', '2017-10-01', '2018-10-01', '2019-10-01', '2020-10-01'];

export function generateWorkload(options: WorkloadOptions = DEFAULT_WORKLOAD): Workload {
  const l = new Ledger(new Prng(options.seed));
  // Two fifths join in Year 1, a fifth in each later year.
  const later = Math.floor(options.staff * 0.2);
  const hires = [options.staff - 3 * later, later, later, later];
  let running: Cohort[] = [];
  YEARS.forEach((fy, i) => {
    hire(l, fy, hires[i]);
    finish(l, running, `${fy}-07-15`);
    const cohorts = schedule(l, fy, options.cohortsPerYear);
    enrolments(l, fy, cohorts);
    midYear(l, fy, cohorts);
    finish(
      l,
      cohorts.filter((c) => c.level === 1),
      `${fy + 1}-02-20`,
    );
    leavers(l, fy);
    running = cohorts.filter((c) => c.level > 1);
  });
  // Year 4's cohorts of levels 2-4 are still running "now", so some people are in training.
  const people = [...l.people.values()];
  return {
    commands: l.commands,
    expected: REPORT_DATES.map((on) => expectedReport(people, on)),
    people: people.length,
    cohorts: l.cohorts,
    promotions: l.promotions,
    skips: l.skips,
  };
}
