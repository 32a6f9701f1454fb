import { fundingOf, fundingYears, statedTotalChecks } from './funding.js';
import { twoYearPlan } from './plan.fixtures.js';

describe('funding', () => {
  it('totals every line and subtotals the clinical-team lines per year', () => {
    expect(fundingYears(twoYearPlan())).toEqual([
      { year: 1, totalPence: 120_000_00, clinicalTeamPence: 100_000_00 },
      { year: 2, totalPence: 70_000_00, clinicalTeamPence: 50_000_00 },
    ]);
  });

  it('shows a stated total that agrees with its lines as a difference of 0', () => {
    expect(statedTotalChecks(twoYearPlan())).toEqual([
      { name: 'Total', year: 1, statedPence: 120_000_00, computedPence: 120_000_00, differencePence: 0 },
      { name: 'Total', year: 2, statedPence: 70_000_00, computedPence: 70_000_00, differencePence: 0 },
    ]);
  });

  it('shows stated minus computed where they disagree, only for the years stated', () => {
    const plan = twoYearPlan();
    // The source plan's Centre for Social Work table states £50,000 less than its lines add up to.
    plan.statedTotals = [{ name: 'Total cost', amountsPence: { '1': 70_000_00 } }];
    expect(statedTotalChecks(plan)).toEqual([
      { name: 'Total cost', year: 1, statedPence: 70_000_00, computedPence: 120_000_00, differencePence: -50_000_00 },
    ]);
  });

  it('computes a group total from its named lines only', () => {
    const plan = twoYearPlan();
    plan.statedTotals = [{ name: 'Training', lines: ['Training'], amountsPence: { '2': 25_000_00 } }];
    expect(statedTotalChecks(plan)).toEqual([
      { name: 'Training', year: 2, statedPence: 25_000_00, computedPence: 20_000_00, differencePence: 5_000_00 },
    ]);
  });

  it('has no checks without stated totals, and zero totals without lines', () => {
    const plan = { ...twoYearPlan(), fundingLines: [], statedTotals: undefined };
    expect(fundingOf(plan)).toEqual({
      lines: [],
      years: [
        { year: 1, totalPence: 0, clinicalTeamPence: 0 },
        { year: 2, totalPence: 0, clinicalTeamPence: 0 },
      ],
      statedTotals: [],
    });
  });
});
