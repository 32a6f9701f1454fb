import type { FundingLine, PlanDocument, StatedTotal } from './plan-document.js';

/**
 * Totals are always computed from the line items. A plan's own totals are kept only to be
 * compared: the Centre for Social Work table of the source plan states totals £50,000 below its
 * lines, and the tracker must show such a gap rather than repeat it.
 */
export interface FundingYear {
  year: number;
  /** Sum of every line. */
  totalPence: number;
  /** Sum of the lines flagged `clinicalTeam`. */
  clinicalTeamPence: number;
}

export interface StatedTotalCheck {
  name: string;
  year: number;
  statedPence: number;
  computedPence: number;
  /** `stated - computed`: negative when the stated figure is short of its lines. */
  differencePence: number;
}

export interface Funding {
  lines: FundingLine[];
  years: FundingYear[];
  statedTotals: StatedTotalCheck[];
}

const sumFor = (lines: readonly FundingLine[], year: number): number =>
  lines.reduce((sum, line) => sum + (line.amountsPence[String(year)] ?? 0), 0);

export const fundingYears = (plan: PlanDocument): FundingYear[] =>
  plan.calendar.map(({ year }) => ({
    year,
    totalPence: sumFor(plan.fundingLines, year),
    clinicalTeamPence: sumFor(
      plan.fundingLines.filter((line) => line.clinicalTeam),
      year,
    ),
  }));

const linesOf = (plan: PlanDocument, total: StatedTotal): FundingLine[] =>
  total.lines ? plan.fundingLines.filter((line) => total.lines?.includes(line.name)) : plan.fundingLines;

/** One check per stated total and year it states, agreeing or not, in calendar order. */
export const statedTotalChecks = (plan: PlanDocument): StatedTotalCheck[] =>
  (plan.statedTotals ?? []).flatMap((total) => {
    const lines = linesOf(plan, total);
    return plan.calendar
      .filter(({ year }) => total.amountsPence[String(year)] !== undefined)
      .map(({ year }) => {
        const statedPence = total.amountsPence[String(year)];
        const computedPence = sumFor(lines, year);
        return { name: total.name, year, statedPence, computedPence, differencePence: statedPence - computedPence };
      });
  });

export const fundingOf = (plan: PlanDocument): Funding => ({
  lines: plan.fundingLines,
  years: fundingYears(plan),
  statedTotals: statedTotalChecks(plan),
});
