import { twoYearPlan } from '../../plan/domain/plan.fixtures.js';
import type { Borough } from '../../shared/values.js';
import { cutDates, statusOf, taperingDashboard, type TaperingQuestion } from './tapering.js';
import type { ClinicalPostPeriod, DualTotalOn, InTraining, PostTotalOn, TaperingRows } from './tapering.rows.js';

/** Year 1 is 2016/17, Year 2 2017/18; "today" is in Year 2 unless a test says otherwise. */
const TODAY = '2017-10-01';
const Y1_END = '2017-03-31';
const question = (overrides: Partial<TaperingQuestion> = {}): TaperingQuestion => ({
  plan: twoYearPlan(),
  planRevision: 1,
  today: TODAY,
  ...overrides,
});
const rows = (overrides: Partial<TaperingRows> = {}): TaperingRows => ({
  postsOn: [],
  clinicalPosts: [],
  dualOn: [],
  inTraining: [],
  endedOutcomes: [],
  ...overrides,
});
/** Posts of a kind in a borough on a day, totalled as the database does: 1 WTE unless said. */
const postsOn = (
  on: string,
  kind: PostTotalOn['kind'],
  borough: Borough,
  extra: Partial<PostTotalOn> = {},
): PostTotalOn => ({
  on,
  kind,
  borough,
  wteHundredths: 100,
  integratedWteHundredths: 0,
  coverableWteHundredths: 0,
  ...extra,
});
const clinical = (
  postId: string,
  validFrom: string,
  validTo: string | null,
  extra: Partial<ClinicalPostPeriod> = {},
) => ({
  postId,
  kind: 'clinician' as const,
  borough: 'LBHF' as Borough,
  fundedBy: 'dfe' as const,
  annualCostPence: 365_00,
  validFrom,
  validTo,
  ...extra,
});
const dual = (on: string, headcount: number, fteHundredths: number, borough: Borough = 'LBHF'): DualTotalOn => ({
  on,
  borough,
  headcount,
  fteHundredths,
});
const training = (
  staffId: string,
  level: 3 | 4,
  cohortEndsOn: string,
  extra: Partial<InTraining> = {},
): InTraining => ({
  staffId,
  borough: 'LBHF',
  registered: true,
  dual: false,
  level,
  cohortStartsOn: '2017-09-01',
  cohortEndsOn,
  ...extra,
});

describe('the tapering dashboard calculation', () => {
  it('measures an ended year at its end and the current one today', () => {
    const { years } = taperingDashboard(question(), rows());
    expect(years.map((y) => [y.year, y.status, y.actual?.measuredOn])).toEqual([
      [1, 'ended', Y1_END],
      [2, 'current', TODAY],
    ]);
    expect(cutDates(twoYearPlan(), TODAY)).toEqual([Y1_END, TODAY]);
  });

  it('has no actual figures or gap for a year not yet started, but a forecast', () => {
    const { years } = taperingDashboard(question({ today: '2016-03-01' }), rows());
    expect(statusOf(twoYearPlan().calendar[0], '2016-03-01')).toBe('future');
    expect(years[0]).toMatchObject({ status: 'future', actual: null, gap: null });
    expect(years[0].forecast).not.toBeNull();
  });

  it('takes the planned figures from the plan in force', () => {
    const { years, scope, apportionment } = taperingDashboard(question(), rows());
    expect({ scope, apportionment }).toEqual({ scope: 'all', apportionment: null });
    expect(years.map((y) => y.planned)).toEqual([
      { separateClinicalWteHundredths: 2400, integratedWteHundredths: 0, clinicalTeamFundingPence: 100_000_00 },
      { separateClinicalWteHundredths: 1200, integratedWteHundredths: 1200, clinicalTeamFundingPence: 50_000_00 },
    ]);
  });

  it('sums what stood on the measuring day, in scope, and nothing from other days', () => {
    const totals = [
      postsOn(Y1_END, 'clinician', 'LBHF'),
      postsOn(Y1_END, 'head-of-clinical-practice', 'WCC', { wteHundredths: 50 }),
      postsOn(TODAY, 'clinician', 'LBHF', { wteHundredths: 60 }),
      postsOn(TODAY, 'social-work', 'LBHF', { integratedWteHundredths: 40, coverableWteHundredths: 100 }),
      postsOn(TODAY, 'social-work', 'WCC', {
        wteHundredths: 180,
        integratedWteHundredths: 100,
        coverableWteHundredths: 80,
      }),
      // A dual-qualified clinician in a clinician post covers nothing: integration needs a social work post.
      postsOn(TODAY, 'clinician', 'WCC', { wteHundredths: 0, coverableWteHundredths: 100 }),
    ];
    const dualOn = [dual(Y1_END, 1, 100), dual(TODAY, 1, 100), dual(TODAY, 1, 60, 'WCC')];
    const all = taperingDashboard(question(), rows({ postsOn: totals, dualOn })).years.map((y) => y.actual);
    expect(all[0]).toMatchObject({
      separateClinicalWteHundredths: 150,
      integratedWteHundredths: 0,
      dualQualified: { headcount: 1, wteHundredths: 100 },
      coverableWteHundredths: 0,
    });
    expect(all[1]).toMatchObject({
      separateClinicalWteHundredths: 60,
      integratedWteHundredths: 140,
      dualQualified: { headcount: 2, wteHundredths: 160 },
      coverableWteHundredths: 180,
    });
    const wcc = taperingDashboard(question({ borough: 'WCC' }), rows({ postsOn: totals, dualOn }));
    expect(wcc.years[1].actual).toMatchObject({
      separateClinicalWteHundredths: 0,
      integratedWteHundredths: 100,
      dualQualified: { headcount: 1, wteHundredths: 60 },
      coverableWteHundredths: 80,
    });
  });

  it('gives the gap as planned integrated minus coverable: positive is short', () => {
    const totals = [postsOn(TODAY, 'social-work', 'LBHF', { wteHundredths: 1000, coverableWteHundredths: 1000 })];
    const { years } = taperingDashboard(question(), rows({ postsOn: totals }));
    expect(years.map((y) => y.gap)).toEqual([{ wteHundredths: 0 }, { wteHundredths: 200 }]);
  });

  describe('clinical team cost', () => {
    // £365 a year is a penny a day in a 365-day year: costs read as days.
    it('costs each post pro rata to the days it existed in the year, by funder', () => {
      const clinicalPosts = [
        clinical('all-year', '2016-04-01', null),
        clinical('from-october', '2016-10-01', null, { fundedBy: 'council' }),
        // Two stretches of one post (a change of holder) cost as one life: 1 April to 30 June.
        clinical('split', '2016-04-01', '2016-05-01', { kind: 'head-of-clinical-practice' }),
        clinical('split', '2016-05-01', '2016-07-01', { kind: 'head-of-clinical-practice' }),
      ];
      const [year1] = taperingDashboard(question(), rows({ clinicalPosts })).years;
      expect(year1.actual).toMatchObject({
        clinicalTeamCostPence: 365_00 + 182_00 + 91_00,
        clinicalTeamCostByFunderPence: { dfe: 365_00 + 91_00, council: 182_00 },
      });
    });

    it('costs the current year up to and including today', () => {
      const clinicalPosts = [clinical('open', '2016-04-01', null)];
      // 1 April to 1 October 2017 inclusive: 184 days.
      const [, year2] = taperingDashboard(question(), rows({ clinicalPosts })).years;
      expect(year2.actual?.clinicalTeamCostPence).toBe(184_00);
    });

    it('counts only the borough asked about', () => {
      const clinicalPosts = [
        clinical('lbhf', '2016-04-01', null),
        clinical('wcc', '2016-04-01', null, { borough: 'WCC' }),
      ];
      const [year1] = taperingDashboard(question({ borough: 'WCC' }), rows({ clinicalPosts })).years;
      expect(year1.actual?.clinicalTeamCostPence).toBe(365_00);
    });
  });

  describe('a borough', () => {
    const baseline = [
      postsOn(Y1_END, 'clinician', 'LBHF', { wteHundredths: 200 }),
      postsOn(Y1_END, 'clinician', 'WCC', { wteHundredths: 100 }),
      // Posts established after Year 1 do not move the shares.
      postsOn(TODAY, 'clinician', 'WCC', { wteHundredths: 500 }),
    ];

    it('plans its share of the separate clinical team at the end of Year 1, rounded half up', () => {
      const result = taperingDashboard(question({ borough: 'WCC' }), rows({ postsOn: baseline }));
      expect(result.apportionment).toEqual({ basisOn: Y1_END, boroughWteHundredths: 100, totalWteHundredths: 300 });
      expect(result.years.map((y) => y.planned)).toEqual([
        { separateClinicalWteHundredths: 800, integratedWteHundredths: 0, clinicalTeamFundingPence: 33_333_33 },
        { separateClinicalWteHundredths: 400, integratedWteHundredths: 400, clinicalTeamFundingPence: 16_666_67 },
      ]);
    });

    it('has no planned figures or gap while there is no team to apportion by', () => {
      const result = taperingDashboard(question({ borough: 'RBKC' }), rows());
      expect(result.years.map((y) => [y.planned, y.gap])).toEqual([
        [null, null],
        [null, null],
      ]);
    });
  });

  describe('forecast', () => {
    const inTraining = [
      training('l4-by-year-end', 4, '2018-03-31'),
      training('l4-too-late', 4, '2018-04-01'),
      // 2017-09-01 to 2018-01-31 is 153 days; the second year is taken to end 153 days later, 2018-07-03.
      training('l3', 3, '2018-01-31'),
      training('not-registered', 4, '2018-01-31', { registered: false }),
      training('already-dual', 4, '2018-01-31', { dual: true }),
      training('elsewhere', 4, '2018-01-31', { borough: 'WCC' }),
    ];
    const threeYearPlan = () => {
      const plan = twoYearPlan();
      plan.calendar.push({ year: 3, startsOn: '2018-04-01', endsOn: '2019-03-31' });
      plan.targets['3'] = { ...plan.targets['2'] };
      plan.fundingLines.forEach((line) => (line.amountsPence['3'] = 0));
      return plan;
    };

    it('adds the people finishing by year end at the observed completion rate', () => {
      const outcomes = ['completed', 'completed', 'failed'];
      const result = taperingDashboard(
        question({ plan: threeYearPlan(), borough: 'LBHF' }),
        rows({ inTraining, endedOutcomes: outcomes, dualOn: [dual(TODAY, 1, 100), dual(TODAY, 4, 400, 'WCC')] }),
      );
      const rate = { completed: 2, ended: 3, rate: 0.6667 };
      expect(result.years.map((y) => y.forecast)).toEqual([
        null,
        { currentHeadcount: 1, inTrainingFinishingByYearEnd: 1, completionRate: rate, expectedHeadcount: 1.67 },
        { currentHeadcount: 1, inTrainingFinishingByYearEnd: 3, completionRate: rate, expectedHeadcount: 3 },
      ]);
    });

    it('gives no expected headcount before any level 3/4 enrolment has ended', () => {
      const [, year2] = taperingDashboard(question(), rows({ inTraining })).years;
      expect(year2.forecast).toEqual({
        currentHeadcount: 0,
        inTrainingFinishingByYearEnd: 2,
        completionRate: { completed: 0, ended: 0, rate: null },
        expectedHeadcount: null,
      });
    });
  });
});
