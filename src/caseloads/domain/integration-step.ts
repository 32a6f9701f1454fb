import type { PlanDocument } from '../../plan/domain/plan-document.js';
import type { IsoDate } from '../../shared/values.js';

/** A programme year of the plan and the integrated WTE it plans: what the planning view steps through. */
export interface PlannedIntegration {
  year: number;
  startsOn: IsoDate;
  endsOn: IsoDate;
  integratedWteHundredths: number;
}

/** The next rise in integrated clinician WTE: the year, what it rises to, and by how much. */
export interface IntegrationStep extends PlannedIntegration {
  fromWteHundredths: number;
  riseWteHundredths: number;
}

/** The plan's years with their planned integrated WTE, in calendar order. */
export const plannedIntegration = (plan: Pick<PlanDocument, 'calendar' | 'targets'>): PlannedIntegration[] =>
  plan.calendar.map(({ year, startsOn, endsOn }) => ({
    year,
    startsOn,
    endsOn,
    integratedWteHundredths: plan.targets[String(year)]?.integratedWteHundredths ?? 0,
  }));

/**
 * The tapering plan's next integration step on `day`: the first programme year starting after it
 * whose planned integrated WTE is above the year before's (above nil for Year 1). Null when no
 * later year plans a rise: integration is complete, or the plan has no more steps.
 */
export const nextIntegrationStep = (years: readonly PlannedIntegration[], day: IsoDate): IntegrationStep | null => {
  for (const [i, year] of years.entries()) {
    const from = i === 0 ? 0 : years[i - 1].integratedWteHundredths;
    if (year.startsOn > day && year.integratedWteHundredths > from) {
      return { ...year, fromWteHundredths: from, riseWteHundredths: year.integratedWteHundredths - from };
    }
  }
  return null;
};
