import { readFileSync } from 'node:fs';
import { fundingOf } from './funding.js';
import { validatePlanDocument, type PlanDocument } from './plan-document.js';

/** The plan adopted on first start. Every figure here is the domain brief's, in pence or hundredths. */
const PLAN_FILE = new URL('../../../plans/triborough-2016.json', import.meta.url);

const loadPlan = (): PlanDocument => {
  const result = validatePlanDocument(JSON.parse(readFileSync(PLAN_FILE, 'utf8')));
  if (!result.ok) throw new Error(`plans/triborough-2016.json is invalid: ${JSON.stringify(result.problems)}`);
  return result.document;
};

const pounds = (amount: number): number => amount * 100;
const wte = (amount: number): number => amount * 100;

describe('the Triborough plan file', () => {
  const plan = loadPlan();
  const line = (name: string) => plan.fundingLines.find((l) => l.name === name);
  const byYear = (amounts: number[]) => Object.fromEntries(amounts.map((a, i) => [String(i + 1), pounds(a)]));

  it('runs Years 1 to 4 over UK financial years 2016/17 to 2019/20', () => {
    expect(plan.calendar).toEqual([
      { year: 1, startsOn: '2016-04-01', endsOn: '2017-03-31' },
      { year: 2, startsOn: '2017-04-01', endsOn: '2018-03-31' },
      { year: 3, startsOn: '2018-04-01', endsOn: '2019-03-31' },
      { year: 4, startsOn: '2019-04-01', endsOn: '2020-03-31' },
    ]);
  });

  it('tapers the separate clinical team 24, 24, 12, 0 WTE as integration rises 0, 0, 12, 24', () => {
    const years = ['1', '2', '3', '4'];
    expect(years.map((y) => plan.targets[y].separateClinicalWteHundredths)).toEqual([wte(24), wte(24), wte(12), 0]);
    expect(years.map((y) => plan.targets[y].integratedWteHundredths)).toEqual([0, 0, wte(12), wte(24)]);
    expect(years.map((y) => plan.targets[y].intakes)).toEqual(years.map(() => ({ year2: 30, msc: 12 })));
  });

  it.each([
    ['Clinicians / family therapists', true, [1_020_000, 1_020_000, 510_000, 0]],
    ['Heads of Clinical Practice', true, [164_000, 164_000, 82_000, 0]],
    ['Systemic training years 2-4', false, [80_000, 200_000, 200_000, 200_000]],
    ['Predictive model (On Track)', false, [35_000, 35_000, 0, 0]],
    ['Looked-after children analysis', false, [80_000, 40_000, 0, 0]],
  ] as const)('holds the line %p (clinical team: %p) at £%p', (name, clinicalTeam, amounts) => {
    expect(line(name)).toMatchObject({ name, clinicalTeam, amountsPence: byYear([...amounts]) });
  });

  it('has exactly those five lines', () => {
    expect(plan.fundingLines).toHaveLength(5);
  });

  it('computes totals of £1,379,000 / £1,459,000 / £792,000 / £200,000 and the clinical team subtotal', () => {
    expect(fundingOf(plan).years).toEqual([
      { year: 1, totalPence: pounds(1_379_000), clinicalTeamPence: pounds(1_184_000) },
      { year: 2, totalPence: pounds(1_459_000), clinicalTeamPence: pounds(1_184_000) },
      { year: 3, totalPence: pounds(792_000), clinicalTeamPence: pounds(592_000) },
      { year: 4, totalPence: pounds(200_000), clinicalTeamPence: 0 },
    ]);
  });

  it('states the same totals as its lines add up to: no difference in any year', () => {
    expect(fundingOf(plan).statedTotals).toEqual(
      [1_379_000, 1_459_000, 792_000, 200_000].map((stated, i) => ({
        name: 'Total, practice system',
        year: i + 1,
        statedPence: pounds(stated),
        computedPence: pounds(stated),
        differencePence: 0,
      })),
    );
  });

  // The domain brief gives no caseload figures: these are cadre's defaults (ADR 0050).
  it("carries cadre's default caseload caps, each saying so, and 15 hours of consultation a week", () => {
    expect(plan.caseloads?.clinicianConsultationHoursPerWeek).toBe(15);
    expect(plan.caseloads?.caps.map(({ note: _note, ...cap }) => cap)).toEqual([
      { role: 'social-worker', maxOpenCases: 18 },
      { role: 'practitioner', maxOpenCases: 15 },
      { role: 'practice-leader', maxOpenCases: 6 },
      { role: 'clinician', qualification: 'social-work-registered', maxOpenCases: 6 },
      { role: 'clinician', maxOpenCases: 0 },
    ]);
    expect(plan.caseloads?.caps.every((cap) => cap.note?.includes("cadre's default"))).toBe(true);
  });
});
