import type { PlanDocument } from './plan-document.js';
import type { PlanAdopted, PlanRevised } from './plan.events.js';

/** A small valid two-year plan for specs; tests change a copy of it to break one rule at a time. */
export const twoYearPlan = (): PlanDocument => ({
  name: 'Test plan',
  calendar: [
    { year: 1, startsOn: '2016-04-01', endsOn: '2017-03-31' },
    { year: 2, startsOn: '2017-04-01', endsOn: '2018-03-31' },
  ],
  targets: {
    '1': { separateClinicalWteHundredths: 2400, integratedWteHundredths: 0, intakes: { year2: 30, msc: 12 } },
    '2': { separateClinicalWteHundredths: 1200, integratedWteHundredths: 1200, intakes: { year2: 30, msc: 12 } },
  },
  fundingLines: [
    { name: 'Clinicians', clinicalTeam: true, amountsPence: { '1': 100_000_00, '2': 50_000_00 } },
    { name: 'Training', clinicalTeam: false, amountsPence: { '1': 20_000_00, '2': 20_000_00 } },
  ],
  statedTotals: [{ name: 'Total', amountsPence: { '1': 120_000_00, '2': 70_000_00 } }],
});

export const planAdopted = (document: PlanDocument = twoYearPlan(), reason?: string): PlanAdopted => ({
  type: 'PlanAdopted',
  data: { revision: 1, document, ...(reason ? { reason } : {}) },
});

export const planRevised = (revision: number, document: PlanDocument, reason = 'revised'): PlanRevised => ({
  type: 'PlanRevised',
  data: { revision, document, reason },
});

/** The plan with Year 2 clinicians funded at a different figure: a real change. */
export const withYear2Clinicians = (pence: number, plan: PlanDocument = twoYearPlan()): PlanDocument => ({
  ...plan,
  fundingLines: plan.fundingLines.map((line) =>
    line.name === 'Clinicians' ? { ...line, amountsPence: { ...line.amountsPence, '2': pence } } : line,
  ),
});

/** Caseload caps for specs: social workers 18, clinicians 6 when social-work registered, else 0. */
export const caseloadsSection = (): NonNullable<PlanDocument['caseloads']> => ({
  caps: [
    { role: 'social-worker', maxOpenCases: 18 },
    { role: 'clinician', qualification: 'social-work-registered', maxOpenCases: 6 },
    { role: 'clinician', maxOpenCases: 0 },
  ],
  clinicianConsultationHoursPerWeek: 15,
});

/** The plan with caseload caps in it. */
export const withCaseloads = (
  plan: PlanDocument = twoYearPlan(),
  caseloads: PlanDocument['caseloads'] = caseloadsSection(),
): PlanDocument => ({ ...plan, caseloads });
