import { validatePlanDocument, type PlanDocument } from './plan-document.js';
import type { CentrePlan } from './centre-plan.js';
import { twoYearPlan } from './plan.fixtures.js';

const centre = (): CentrePlan => ({
  classroomDaysPerParticipant: 15,
  embeddedDaysPerParticipant: 10,
  onSiteDaysPerCouncil: 5,
  onSiteHoursPerDayHundredths: 750,
  feesPencePerParticipant: { '1': 0, '2': 100_000 },
  intakes: {
    '2': {
      selectionClosesOn: '2017-01-31',
      startsOn: '2017-04-01',
      councils: 3,
      placesPerCouncil: { practitioner: 20, 'frontline-manager': 8, 'practice-leader': 5 },
    },
  },
  costLines: [
    { name: 'Centre Director', amountsPence: { '1': 5_000_000, '2': 5_000_000 } },
    { name: 'Venue', amountsPence: { '1': 2_997_000, '2': 2_997_000 } },
  ],
  statedTotals: [{ name: 'Total cost', amountsPence: { '1': 2_997_000 } }],
  statedIncomePence: { '2': 9_900_000 },
});

type Loose = Record<string, unknown>;
const problemsAfter = (change: (c: CentrePlan & Loose) => void) => {
  const plan = structuredClone({ ...twoYearPlan(), centre: centre() }) as PlanDocument & { centre: CentrePlan & Loose };
  change(plan.centre);
  const result = validatePlanDocument(plan);
  return result.ok ? [] : result.problems;
};

describe("the plan's Centre for Social Work", () => {
  it('is optional: plans written before it read as they did', () => {
    expect(validatePlanDocument(twoYearPlan())).toEqual({ ok: true, document: twoYearPlan() });
  });

  it('reads a valid Centre unchanged', () => {
    const plan = { ...twoYearPlan(), centre: centre() };
    expect(validatePlanDocument(plan)).toStrictEqual({ ok: true, document: plan });
  });

  it('closes selection before the intake starts, which falls in its own programme year', () => {
    expect(problemsAfter((c) => (c.intakes['2'].selectionClosesOn = '2017-04-01'))).toEqual([
      { path: 'centre.intakes.2.selectionClosesOn', message: 'must be before the intake starts' },
    ]);
    expect(problemsAfter((c) => (c.intakes['2'].startsOn = '2018-04-01'))).toEqual([
      { path: 'centre.intakes.2.startsOn', message: 'must fall in year 2 (2017-04-01 to 2018-03-31)' },
    ]);
    expect(problemsAfter((c) => ((c.intakes as Loose)['3'] = c.intakes['2']))).toEqual([
      { path: 'centre.intakes.3', message: 'is not a known property' },
    ]);
  });

  it('needs councils, places by every group and at least one place', () => {
    expect(problemsAfter((c) => (c.intakes['2'].councils = 0))).toEqual([
      { path: 'centre.intakes.2.councils', message: 'must be at least 1' },
    ]);
    expect(problemsAfter((c) => delete (c.intakes['2'].placesPerCouncil as Loose)['practice-leader'])).toEqual([
      {
        path: 'centre.intakes.2.placesPerCouncil.practice-leader',
        message: 'must be a whole number of places, 0 or more',
      },
    ]);
    expect(
      problemsAfter(
        (c) => (c.intakes['2'].placesPerCouncil = { practitioner: 0, 'frontline-manager': 0, 'practice-leader': 0 }),
      ),
    ).toEqual([{ path: 'centre.intakes.2.placesPerCouncil', message: 'must offer at least one place' }]);
  });

  it('needs a fee for every year, whole pence, and hours of a day on site within 24', () => {
    expect(problemsAfter((c) => delete c.feesPencePerParticipant['2'])).toEqual([
      { path: 'centre.feesPencePerParticipant.2', message: 'must give an amount for year 2' },
    ]);
    expect(problemsAfter((c) => (c.feesPencePerParticipant['2'] = 999.5))).toEqual([
      { path: 'centre.feesPencePerParticipant.2', message: 'must be a whole number of pence, 0 or more' },
    ]);
    expect(problemsAfter((c) => (c.onSiteHoursPerDayHundredths = 2401))).toEqual([
      { path: 'centre.onSiteHoursPerDayHundredths', message: 'must be a whole number from 1 to 2400 (24 hours)' },
    ]);
  });

  it('names cost lines once, and stated totals name only cost lines', () => {
    expect(problemsAfter((c) => (c.costLines[1].name = 'centre director'))).toEqual([
      { path: 'centre.costLines[1].name', message: '"centre director" names another line already' },
    ]);
    expect(problemsAfter((c) => (c.statedTotals![0].lines = ['Catering']))).toEqual([
      { path: 'centre.statedTotals[0].lines[0]', message: 'must name a cost line of this plan' },
    ]);
  });

  it('lists every problem, with unknown properties named', () => {
    expect(problemsAfter((c) => Object.assign(c, { fees: 1, intakes: [] }))).toEqual([
      { path: 'centre.fees', message: 'is not a known property' },
      { path: 'centre.intakes', message: 'must be an object' },
    ]);
  });
});
