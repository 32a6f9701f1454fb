import type { CentreCostLine, CentrePlan } from '../../plan/domain/centre-plan.js';
import { checkStatedTotals, sumOfLines, type StatedTotalCheck } from '../../plan/domain/plan-amounts.js';
import type { PlanDocument } from '../../plan/domain/plan-document.js';
import { PARTICIPANT_GROUPS } from './centre.values.js';

/**
 * The Centre's money by programme year. Every total is computed from line items: the cost from
 * the plan's cost lines, planned income from its places and fees, invoiced income from the
 * participants actually registered. What the plan states (its total cost, income and funding
 * rows) is kept only to be compared, so a stated figure that disagrees with its lines shows.
 */
export interface CentreYearFinances {
  year: number;
  costPence: number;
  feePencePerParticipant: number;
  /** Places of the intake starting this year: councils x places per council. */
  plannedParticipants: number;
  plannedIncomePence: number;
  /** The plan's income line; null where it states none. */
  statedIncomePence: number | null;
  /** Fees of the participants registered in the intake starting this year. */
  invoicedParticipants: number;
  invoicedIncomePence: number;
  /** `invoiced - stated`: negative while income is short of the plan's line. */
  invoicedAgainstStatedPence: number | null;
  /** Cost less planned income: what the plan should ask for. */
  plannedFundingRequiredPence: number;
  statedFundingRequiredPence: number | null;
  /** `stated - planned`: non-zero where the plan's funding row disagrees with its own lines. */
  fundingRequiredDifferencePence: number | null;
  /** Cost less the income invoiced so far. */
  fundingStillNeededPence: number;
}

export interface CentreFinances {
  years: CentreYearFinances[];
  costLines: CentreCostLine[];
  /** Each total the plan states for its cost lines, checked against their sum. */
  statedTotals: StatedTotalCheck[];
}

/** Participants registered, and their fees, per intake year. */
export interface InvoicedYear {
  intakeYear: number;
  participants: number;
  feesPence: number;
}

const stated = (amounts: Record<string, number> | undefined, year: number): number | null =>
  amounts && Object.hasOwn(amounts, String(year)) ? amounts[String(year)] : null;

const plannedParticipants = (centre: CentrePlan, year: number): number => {
  const intake = Object.hasOwn(centre.intakes, String(year)) ? centre.intakes[String(year)] : undefined;
  if (!intake) return 0;
  const perCouncil = PARTICIPANT_GROUPS.reduce((sum, group) => sum + intake.placesPerCouncil[group], 0);
  return intake.councils * perCouncil;
};

const yearOf = (centre: CentrePlan, year: number, invoiced: readonly InvoicedYear[]): CentreYearFinances => {
  const costPence = sumOfLines(centre.costLines, year);
  const feePencePerParticipant = centre.feesPencePerParticipant[String(year)] ?? 0;
  const participants = plannedParticipants(centre, year);
  const plannedIncomePence = participants * feePencePerParticipant;
  const statedIncomePence = stated(centre.statedIncomePence, year);
  const entered = invoiced.filter((i) => i.intakeYear === year);
  const invoicedIncomePence = entered.reduce((sum, i) => sum + i.feesPence, 0);
  const plannedFundingRequiredPence = costPence - plannedIncomePence;
  const statedFundingRequiredPence = stated(centre.statedFundingRequiredPence, year);
  return {
    year,
    costPence,
    feePencePerParticipant,
    plannedParticipants: participants,
    plannedIncomePence,
    statedIncomePence,
    invoicedParticipants: entered.reduce((sum, i) => sum + i.participants, 0),
    invoicedIncomePence,
    invoicedAgainstStatedPence: statedIncomePence === null ? null : invoicedIncomePence - statedIncomePence,
    plannedFundingRequiredPence,
    statedFundingRequiredPence,
    fundingRequiredDifferencePence:
      statedFundingRequiredPence === null ? null : statedFundingRequiredPence - plannedFundingRequiredPence,
    fundingStillNeededPence: costPence - invoicedIncomePence,
  };
};

/** The Centre's finances under `plan`, with `invoiced` income entered so far; undefined without a Centre. */
export const centreFinancesOf = (plan: PlanDocument, invoiced: readonly InvoicedYear[]): CentreFinances | undefined => {
  const centre = plan.centre;
  if (!centre) return undefined;
  const years = plan.calendar.map(({ year }) => year);
  return {
    years: years.map((year) => yearOf(centre, year, invoiced)),
    costLines: centre.costLines,
    statedTotals: checkStatedTotals(centre.statedTotals ?? [], centre.costLines, years),
  };
};
