import { postCostInYear } from '../../posts/domain/post-cost.js';
import { fundingYears } from '../../plan/domain/funding.js';
import type { PlanCalendarYear, PlanDocument } from '../../plan/domain/plan-document.js';
import { addDays } from '../../shared/iso-days.js';
import type { Borough, IsoDate } from '../../shared/values.js';
import { forecastFor, completionRateOf, type Forecast } from './tapering-forecast.js';
import type { ClinicalPostPeriod, TaperingRows } from './tapering.rows.js';

export type YearStatus = 'ended' | 'current' | 'future';

export interface Planned {
  separateClinicalWteHundredths: number;
  integratedWteHundredths: number;
  clinicalTeamFundingPence: number;
}

export interface Actual {
  /** Year end for an ended year, today for the current one. */
  measuredOn: IsoDate;
  separateClinicalWteHundredths: number;
  integratedWteHundredths: number;
  dualQualified: { headcount: number; wteHundredths: number };
  /** WTE of social work posts held by dual-qualified staff: what integrated clinician work can sit in. */
  coverableWteHundredths: number;
  /** Up to the measuring day, pro rata to the days each clinical post existed. */
  clinicalTeamCostPence: number;
  clinicalTeamCostByFunderPence: { dfe: number; council: number };
}

export interface TaperingYear {
  year: number;
  startsOn: IsoDate;
  endsOn: IsoDate;
  status: YearStatus;
  /** Null only for a borough when the baseline team is empty and cannot apportion the plan. */
  planned: Planned | null;
  /** Null for a year not yet started. */
  actual: Actual | null;
  /** Null for an ended year. */
  forecast: Forecast | null;
  /** planned integrated WTE - coverable WTE: positive means short. Null without planned or actual. */
  gap: { wteHundredths: number } | null;
}

/** How a borough's share of the programme-wide plan is worked out (null for the whole programme). */
export interface Apportionment {
  basisOn: IsoDate;
  boroughWteHundredths: number;
  totalWteHundredths: number;
}

export interface TaperingDashboard {
  scope: Borough | 'all';
  today: IsoDate;
  planRevision: number;
  apportionment: Apportionment | null;
  years: TaperingYear[];
}

export interface TaperingQuestion {
  plan: PlanDocument;
  planRevision: number;
  today: IsoDate;
  borough?: Borough;
}

export const statusOf = (year: PlanCalendarYear, today: IsoDate): YearStatus =>
  year.endsOn < today ? 'ended' : year.startsOn > today ? 'future' : 'current';

export const measuredOn = (year: PlanCalendarYear, today: IsoDate): IsoDate | undefined => {
  const status = statusOf(year, today);
  return status === 'ended' ? year.endsOn : status === 'current' ? today : undefined;
};

/** The dates the database must cut its rows at: each year's measuring day, the baseline day, and today. */
export const cutDates = (plan: PlanDocument, today: IsoDate): IsoDate[] => {
  const dates = plan.calendar.map((year) => measuredOn(year, today)).filter((d): d is IsoDate => d !== undefined);
  return [...new Set([...dates, baselineOn(plan, today), today])].sort();
};

/**
 * The plan sets programme-wide targets. A borough's share of them is its share of the separate
 * clinical team as it stood at the end of Year 1 (or today, during Year 1): the team the plan
 * tapers, before any of it moved.
 */
const baselineOn = (plan: PlanDocument, today: IsoDate): IsoDate =>
  plan.calendar[0].endsOn < today ? plan.calendar[0].endsOn : today;

const CLINICAL_KINDS: ReadonlySet<string> = new Set(['clinician', 'head-of-clinical-practice']);
const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0);
/** `value * num / den` rounded half up, in integers. */
const share = (value: number, num: number, den: number): number => Math.floor((2 * value * num + den) / (2 * den));

interface PostLifetime extends ClinicalPostPeriod {
  establishedOn: IsoDate;
  endedOn: IsoDate | null;
}

/** Each clinical post's whole life from its periods: first day, and first day without it. */
const lifetimes = (periods: ClinicalPostPeriod[]): PostLifetime[] => {
  const byPost = new Map<string, PostLifetime>();
  for (const period of periods) {
    const seen = byPost.get(period.postId);
    if (!seen) {
      byPost.set(period.postId, { ...period, establishedOn: period.validFrom, endedOn: period.validTo });
      continue;
    }
    if (period.validFrom < seen.establishedOn) seen.establishedOn = period.validFrom;
    if (seen.endedOn !== null && (period.validTo === null || period.validTo > seen.endedOn)) {
      seen.endedOn = period.validTo;
    }
  }
  return [...byPost.values()];
};

const actualOn = (
  rows: TaperingRows,
  posts: PostLifetime[],
  year: PlanCalendarYear,
  on: IsoDate,
  inScope: (b: Borough) => boolean,
): Actual => {
  const postsOn = rows.postsOn.filter((p) => p.on === on && inScope(p.borough));
  const socialWork = postsOn.filter((p) => p.kind === 'social-work');
  const dual = rows.dualOn.filter((d) => d.on === on && inScope(d.borough));
  // The measuring day counts: cost runs to the end of it.
  const until = addDays(on, 1);
  const costs = posts
    .filter((p) => inScope(p.borough))
    .map((p) => {
      const endedOn = p.endedOn === null || p.endedOn > until ? until : p.endedOn;
      return { fundedBy: p.fundedBy, pence: postCostInYear({ ...p, endedOn }, year) };
    });
  const costOf = (funder?: string) => sum(costs.filter((c) => !funder || c.fundedBy === funder).map((c) => c.pence));
  return {
    measuredOn: on,
    separateClinicalWteHundredths: sum(postsOn.filter((p) => CLINICAL_KINDS.has(p.kind)).map((p) => p.wteHundredths)),
    integratedWteHundredths: sum(socialWork.map((p) => p.integratedWteHundredths)),
    dualQualified: {
      headcount: sum(dual.map((d) => d.headcount)),
      wteHundredths: sum(dual.map((d) => d.fteHundredths)),
    },
    coverableWteHundredths: sum(socialWork.map((p) => p.coverableWteHundredths)),
    clinicalTeamCostPence: costOf(),
    clinicalTeamCostByFunderPence: { dfe: costOf('dfe'), council: costOf('council') },
  };
};

/** The dashboard for the whole programme, or for one borough, from rows cut at `cutDates`. */
export const taperingDashboard = (question: TaperingQuestion, rows: TaperingRows): TaperingDashboard => {
  const { plan, today, borough } = question;
  const inScope = (b: Borough) => borough === undefined || b === borough;
  const funding = fundingYears(plan);
  const basisOn = baselineOn(plan, today);
  const baseline = rows.postsOn.filter((p) => p.on === basisOn && CLINICAL_KINDS.has(p.kind));
  const apportionment: Apportionment | null = borough
    ? {
        basisOn,
        boroughWteHundredths: sum(baseline.filter((p) => p.borough === borough).map((p) => p.wteHundredths)),
        totalWteHundredths: sum(baseline.map((p) => p.wteHundredths)),
      }
    : null;
  const scaled = (value: number): number | null =>
    !apportionment
      ? value
      : apportionment.totalWteHundredths === 0
        ? null
        : share(value, apportionment.boroughWteHundredths, apportionment.totalWteHundredths);
  const posts = lifetimes(rows.clinicalPosts);
  const rate = completionRateOf(rows.endedOutcomes);

  const years = plan.calendar.map((year): TaperingYear => {
    const targets = plan.targets[String(year.year)];
    const clinicalTeamFunding = funding.find((f) => f.year === year.year)?.clinicalTeamPence ?? 0;
    const figures = [targets.separateClinicalWteHundredths, targets.integratedWteHundredths, clinicalTeamFunding];
    const [separate, integrated, fundingPence] = figures.map(scaled);
    const planned =
      separate === null || integrated === null || fundingPence === null
        ? null
        : {
            separateClinicalWteHundredths: separate,
            integratedWteHundredths: integrated,
            clinicalTeamFundingPence: fundingPence,
          };
    const status = statusOf(year, today);
    const on = measuredOn(year, today);
    const actual = on === undefined ? null : actualOn(rows, posts, year, on, inScope);
    const forecast = status === 'ended' ? null : forecastFor(rows, year, today, inScope, rate);
    const gap =
      planned && actual ? { wteHundredths: planned.integratedWteHundredths - actual.coverableWteHundredths } : null;
    return { year: year.year, startsOn: year.startsOn, endsOn: year.endsOn, status, planned, actual, forecast, gap };
  });
  return { scope: borough ?? 'all', today, planRevision: question.planRevision, apportionment, years };
};
