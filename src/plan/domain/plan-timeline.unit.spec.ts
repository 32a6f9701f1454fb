import { planAdopted, planRevised, twoYearPlan, withCaseloads, withYear2Clinicians } from './plan.fixtures.js';
import { planChanges, planTimeline } from './plan-timeline.js';

describe('plan timeline', () => {
  it('tells the adoption, then each revision with its reason and what it changed', () => {
    const revised = withYear2Clinicians(40_000_00);
    expect(planTimeline([planAdopted(), planRevised(2, revised, 'Budget cut')])).toEqual([
      { summary: 'Adopted "Test plan" as revision 1: 2 years, 2 funding lines', effectiveOn: null },
      { summary: 'Revision 2 (Budget cut): "Clinicians" year 2 £50,000.00 → £40,000.00', effectiveOn: null },
    ]);
  });

  it('compares each revision with the one just before, not with the adoption', () => {
    const second = withYear2Clinicians(40_000_00);
    const third = { ...second, name: 'Renamed plan' };
    const [, , told] = planTimeline([planAdopted(), planRevised(2, second), planRevised(3, third, 'Rename')]);
    expect(told.summary).toBe('Revision 3 (Rename): name "Test plan" → "Renamed plan"');
  });

  it('names changed targets, added and removed lines, and cuts a long list short', () => {
    const before = twoYearPlan();
    const after = {
      ...before,
      targets: {
        ...before.targets,
        '2': { ...before.targets['2'], integratedWteHundredths: 1500, intakes: { year2: 25, msc: 12 } },
      },
      fundingLines: [
        before.fundingLines[0],
        { name: 'Evaluation', clinicalTeam: false, amountsPence: { '1': 0, '2': 5_000_00 } },
      ],
    };
    expect(planChanges(before, after)).toEqual([
      'year 2 integrated WTE 12 → 15',
      'year 2 Year 2 intake 30 → 25',
      'funding line "Evaluation" added',
      'funding line "Training" removed',
    ]);
    const many = {
      ...before,
      fundingLines: before.fundingLines.map((l) => ({
        ...l,
        amountsPence: { '1': 1, '2': 2 },
        clinicalTeam: !l.clinicalTeam,
      })),
      statedTotals: [],
    };
    const changes = planChanges(before, many);
    expect(changes).toHaveLength(7);
    const longer = { ...many, name: 'x', targets: {} };
    expect(planChanges(before, longer).at(-1)).toMatch(/^and \d+ more$/);
  });

  it('says when the caseload caps were added or changed', () => {
    const capped = withCaseloads();
    expect(planChanges(twoYearPlan(), capped)).toEqual(['caseload caps changed']);
    const fewer = withCaseloads(twoYearPlan(), { ...capped.caseloads!, clinicianConsultationHoursPerWeek: 10 });
    expect(planChanges(capped, fewer)).toEqual(['caseload caps changed']);
    expect(planChanges(capped, withCaseloads())).toEqual([]);
  });
});
