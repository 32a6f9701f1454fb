import { readFileSync } from 'node:fs';
import { validatePlanDocument, type PlanDocument } from '../../plan/domain/plan-document.js';
import { centreFinancesOf, type InvoicedYear } from './centre-finances.js';

/** The Centre's figures in the plan adopted on first start, against the councils' own document. */
const PLAN_FILE = new URL('../../../plans/triborough-2016.json', import.meta.url);

const loadPlan = (): PlanDocument => {
  const result = validatePlanDocument(JSON.parse(readFileSync(PLAN_FILE, 'utf8')));
  if (!result.ok) throw new Error(`plans/triborough-2016.json is invalid: ${JSON.stringify(result.problems)}`);
  return result.document;
};

const pounds = (amount: number): number => amount * 100;

describe("the Centre for Social Work's finances in the Triborough plan", () => {
  const plan = loadPlan();
  const finances = centreFinancesOf(plan, [])!;
  const year = (n: number) => finances.years.find((y) => y.year === n)!;

  it('totals the cost lines: £335,670 in Year 1, £318,070 in Year 2, £418,070 in Years 3 and 4', () => {
    expect([1, 2, 3, 4].map((n) => year(n).costPence)).toEqual([335_670, 318_070, 418_070, 418_070].map(pounds));
    expect(finances.costLines).toHaveLength(15);
  });

  it("reports the plan's stated Total cost as £50,000 short of its lines in Years 1 and 2", () => {
    expect(finances.statedTotals).toEqual([
      {
        name: 'Total cost',
        year: 1,
        statedPence: pounds(285_670),
        computedPence: pounds(335_670),
        differencePence: pounds(-50_000),
      },
      {
        name: 'Total cost',
        year: 2,
        statedPence: pounds(268_070),
        computedPence: pounds(318_070),
        differencePence: pounds(-50_000),
      },
    ]);
  });

  it('plans income of £99,000, £148,500 and £198,000 from 3 councils x 33 participants, agreeing with its income line', () => {
    expect([1, 2, 3, 4].map((n) => year(n).plannedParticipants)).toEqual([0, 99, 99, 99]);
    expect([1, 2, 3, 4].map((n) => year(n).feePencePerParticipant)).toEqual([0, 1_000, 1_500, 2_000].map(pounds));
    expect([1, 2, 3, 4].map((n) => year(n).plannedIncomePence)).toEqual([0, 99_000, 148_500, 198_000].map(pounds));
    expect([1, 2, 3, 4].map((n) => year(n).statedIncomePence)).toEqual([
      null,
      ...[99_000, 148_500, 198_000].map(pounds),
    ]);
  });

  it('needs DfE funding of £335,670, £219,070, £269,570 and £220,070: the funding row agrees with the lines', () => {
    const required = [335_670, 219_070, 269_570, 220_070].map(pounds);
    expect([1, 2, 3, 4].map((n) => year(n).plannedFundingRequiredPence)).toEqual(required);
    expect([1, 2, 3, 4].map((n) => year(n).statedFundingRequiredPence)).toEqual(required);
    expect([1, 2, 3, 4].map((n) => year(n).fundingRequiredDifferencePence)).toEqual([0, 0, 0, 0]);
  });

  it('counts income from the participants entered: the Year 2 intake in full is £99,000, Year 3 £148,500, Year 4 £198,000', () => {
    const entered: InvoicedYear[] = [
      { intakeYear: 2, participants: 99, feesPence: 99 * pounds(1_000) },
      { intakeYear: 3, participants: 99, feesPence: 99 * pounds(1_500) },
      { intakeYear: 4, participants: 66, feesPence: 66 * pounds(2_000) },
    ];
    const withIncome = centreFinancesOf(plan, entered)!;
    const y = (n: number) => withIncome.years.find((f) => f.year === n)!;
    expect([2, 3, 4].map((n) => y(n).invoicedIncomePence)).toEqual([99_000, 148_500, 132_000].map(pounds));
    expect([2, 3, 4].map((n) => y(n).invoicedAgainstStatedPence)).toEqual([0, 0, pounds(-66_000)]);
    expect(y(2).fundingStillNeededPence).toBe(pounds(219_070));
    expect(y(4).fundingStillNeededPence).toBe(pounds(418_070 - 132_000));
    expect(y(1).fundingStillNeededPence).toBe(pounds(335_670));
  });

  it('configures the calendar: selection closes in January for the April intake, 7.5 hours a day on site', () => {
    const centre = plan.centre!;
    expect(Object.keys(centre.intakes)).toEqual(['2', '3', '4']);
    expect(centre.intakes['2']).toEqual({
      selectionClosesOn: '2017-01-31',
      startsOn: '2017-04-01',
      councils: 3,
      placesPerCouncil: { practitioner: 20, 'frontline-manager': 8, 'practice-leader': 5 },
    });
    expect(centre.onSiteHoursPerDayHundredths).toBe(750);
    expect([
      centre.classroomDaysPerParticipant,
      centre.embeddedDaysPerParticipant,
      centre.onSiteDaysPerCouncil,
    ]).toEqual([15, 10, 5]);
  });

  it('has no Centre finances in a plan without a Centre', () => {
    const { centre: _none, ...older } = plan;
    expect(centreFinancesOf(older, [])).toBeUndefined();
  });
});
