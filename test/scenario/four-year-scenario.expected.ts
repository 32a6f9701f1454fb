/**
 * The tapering dashboard the four-year scenario must produce, worked out by hand from the story
 * in four-year-scenario.ts. Today is 1 October 2019: Years 1-3 are measured at their ends, Year 4
 * today. WTE in hundredths, money in pence. The working is in the comments.
 */

type Row = {
  year: number;
  measuredOn: string;
  /** separate clinical WTE, integrated WTE, clinical-team funding */
  planned: [number, number, number];
  /** separate, integrated, dual headcount, dual WTE, coverable, cost, cost DfE, cost council */
  actual: [number, number, number, number, number, number, number, number];
  gap: number;
  /** current dual headcount, finishing by year end, expected headcount (Year 4 only) */
  forecast?: [number, number, number];
};

const CALENDAR: Record<number, [string, string]> = {
  1: ['2016-04-01', '2017-03-31'],
  2: ['2017-04-01', '2018-03-31'],
  3: ['2018-04-01', '2019-03-31'],
  4: ['2019-04-01', '2020-03-31'],
};

/**
 * Level 3/4 enrolments ended by today: cohort A level 3, 8 completed and 1 withdrawn; level 4, 7
 * completed and 1 failed; cohort B level 3, 5 completed (the deferral is not an ending).
 * 20 of 22: 0.90909 -> 0.9091.
 */
const COMPLETION_RATE = { completed: 20, ended: 22, rate: 0.9091 };

const yearOf = (row: Row) => {
  const [startsOn, endsOn] = CALENDAR[row.year];
  const [separate, integrated, headcount, wte, coverable, cost, dfe, council] = row.actual;
  return {
    year: row.year,
    startsOn,
    endsOn,
    status: row.year === 4 ? 'current' : 'ended',
    planned: {
      separateClinicalWteHundredths: row.planned[0],
      integratedWteHundredths: row.planned[1],
      clinicalTeamFundingPence: row.planned[2],
    },
    actual: {
      measuredOn: row.measuredOn,
      separateClinicalWteHundredths: separate,
      integratedWteHundredths: integrated,
      dualQualified: { headcount, wteHundredths: wte },
      coverableWteHundredths: coverable,
      clinicalTeamCostPence: cost,
      clinicalTeamCostByFunderPence: { dfe, council },
    },
    forecast: row.forecast
      ? {
          currentHeadcount: row.forecast[0],
          inTrainingFinishingByYearEnd: row.forecast[1],
          completionRate: COMPLETION_RATE,
          expectedHeadcount: row.forecast[2],
        }
      : null,
    gap: { wteHundredths: row.gap },
  };
};

const dashboard = (scope: string, apportionment: null | [number, number], rows: Row[]) => ({
  scope,
  today: '2019-10-01',
  planRevision: 1,
  apportionment: apportionment && {
    basisOn: '2017-03-31',
    boroughWteHundredths: apportionment[0],
    totalWteHundredths: apportionment[1],
  },
  years: rows.map(yearOf),
});

/*
 * Costs. A clinician costs 6,000,000 a year, a Head 8,200,000; pro rata by days over 365 (Years
 * 1-3) or 366 (Year 4, with 29 February 2020), rounded half up per post.
 * - W6 from 1 October 2016: 182 days of Year 1 -> 6,000,000 x 182 / 365 = 2,991,780.8 -> 2,991,781.
 * - Integrated 1 October 2018: 183 days of Year 3 -> 3,008,219.2 -> 3,008,219.
 * - Integrated 1 July 2019: 91 days of Year 4 -> 6,000,000 x 91 / 366 = 1,491,803.3 -> 1,491,803.
 * - Integrated (or Heads' posts closed) on the first day of a year: nothing in that year.
 * Year 4 is costed to today; every Year 4 post had ended by 1 July, so that is the whole cost.
 *
 * Dual qualified: 16 from the start (LBHF 6 with one at 0.8, RBKC 6, WCC 4), 7 more from
 * 31 July 2018 (LBHF 3, RBKC 2, WCC 2). Each holds a social work post of their FTE, so coverable
 * WTE equals their WTE.
 *
 * Forecast for Year 4: cohort B's 5 level 4 students finish on 31 March 2020, within the year
 * (LBHF 3 since B-W1 moved there, RBKC 1, WCC 1); cohort N, at level 3, cannot finish in time.
 * Expected = current + finishing x 20/22, to two decimals.
 */

export const EXPECTED_ALL = dashboard('all', null, [
  // Y1: 24 WTE team; 21 clinicians x 6,000,000 + W6 2,991,781 + 2 Heads x 8,200,000.
  {
    year: 1,
    measuredOn: '2017-03-31',
    planned: [2400, 0, 118_400_000],
    actual: [2400, 0, 16, 1580, 1580, 145_391_781, 118_400_000, 26_991_781],
    gap: -1580,
  },
  // Y2: 22 clinicians + 2 Heads all year.
  {
    year: 2,
    measuredOn: '2018-03-31',
    planned: [2400, 0, 118_400_000],
    actual: [2400, 0, 16, 1580, 1580, 148_400_000, 118_400_000, 30_000_000],
    gap: -1580,
  },
  // Y3: 12 integrated (6 from 1 April: nothing; 6 from 1 October: 3,008,219 each, all DfE); 10 clinicians and 2 Heads all year.
  {
    year: 3,
    measuredOn: '2019-03-31',
    planned: [1200, 1200, 59_200_000],
    actual: [1200, 1200, 23, 2280, 2280, 94_449_314, 64_449_314, 30_000_000],
    gap: -1080,
  },
  // Y4: 6 integrated 1 July at 1,491,803 (W5 DfE; L7, L8, R7, R8, W6 council). 23 + 5 x 20/22 = 27.545 -> 27.55.
  {
    year: 4,
    measuredOn: '2019-10-01',
    planned: [0, 2400, 0],
    actual: [0, 2200, 23, 2280, 2280, 8_950_818, 1_491_803, 7_459_015],
    gap: 120,
    forecast: [23, 5, 27.55],
  },
]);

/** LBHF: 9 of the 24 WTE at the end of Year 1, so 9/24 of each planned figure. */
export const EXPECTED_LBHF = dashboard(
  'LBHF',
  [900, 2400],
  [
    // 8 clinicians (L1-L6 DfE, L7-L8 council) + Head (DfE).
    {
      year: 1,
      measuredOn: '2017-03-31',
      planned: [900, 0, 44_400_000],
      actual: [900, 0, 6, 580, 580, 56_200_000, 44_200_000, 12_000_000],
      gap: -580,
    },
    {
      year: 2,
      measuredOn: '2018-03-31',
      planned: [900, 0, 44_400_000],
      actual: [900, 0, 6, 580, 580, 56_200_000, 44_200_000, 12_000_000],
      gap: -580,
    },
    // L1-L2 integrated 1 April, L3-L4 1 October (2 x 3,008,219); L5-L6 DfE, L7-L8 council and the Head all year.
    {
      year: 3,
      measuredOn: '2019-03-31',
      planned: [450, 450, 22_200_000],
      actual: [500, 400, 9, 880, 880, 38_216_438, 26_216_438, 12_000_000],
      gap: -430,
    },
    // L7-L8 (council) to 1 July. 9 + 3 x 20/22 = 11.727 -> 11.73.
    {
      year: 4,
      measuredOn: '2019-10-01',
      planned: [0, 900, 0],
      actual: [0, 800, 9, 880, 880, 2_983_606, 0, 2_983_606],
      gap: 20,
      forecast: [9, 3, 11.73],
    },
  ],
);

/** RBKC: 8/24. Funding 118,400,000 x 8/24 = 39,466,666.7 -> 39,466,667; 59,200,000 x 8/24 -> 19,733,333. */
export const EXPECTED_RBKC = dashboard(
  'RBKC',
  [800, 2400],
  [
    {
      year: 1,
      measuredOn: '2017-03-31',
      planned: [800, 0, 39_466_667],
      actual: [800, 0, 6, 600, 600, 48_000_000, 36_000_000, 12_000_000],
      gap: -600,
    },
    {
      year: 2,
      measuredOn: '2018-03-31',
      planned: [800, 0, 39_466_667],
      actual: [800, 0, 6, 600, 600, 48_000_000, 36_000_000, 12_000_000],
      gap: -600,
    },
    // R1-R2 from 1 April, R3-R5 from 1 October (3 x 3,008,219, DfE); R6 DfE, R7-R8 council all year.
    {
      year: 3,
      measuredOn: '2019-03-31',
      planned: [400, 400, 19_733_333],
      actual: [300, 500, 8, 800, 800, 27_024_657, 15_024_657, 12_000_000],
      gap: -400,
    },
    // R7-R8 (council) to 1 July. 8 + 1 x 20/22 = 8.909 -> 8.91.
    {
      year: 4,
      measuredOn: '2019-10-01',
      planned: [0, 800, 0],
      actual: [0, 800, 8, 800, 800, 2_983_606, 0, 2_983_606],
      gap: 0,
      forecast: [8, 1, 8.91],
    },
  ],
);

/** WCC: 7/24. 118,400,000 x 7/24 = 34,533,333.3 -> 34,533,333; 59,200,000 x 7/24 = 17,266,666.7 -> 17,266,667; 1200 x 7/24 = 350. */
export const EXPECTED_WCC = dashboard(
  'WCC',
  [700, 2400],
  [
    // W1-W5 DfE all year, W6 council from 1 October (2,991,781), Head DfE.
    {
      year: 1,
      measuredOn: '2017-03-31',
      planned: [700, 0, 34_533_333],
      actual: [700, 0, 4, 400, 400, 41_191_781, 38_200_000, 2_991_781],
      gap: -400,
    },
    {
      year: 2,
      measuredOn: '2018-03-31',
      planned: [700, 0, 34_533_333],
      actual: [700, 0, 4, 400, 400, 44_200_000, 38_200_000, 6_000_000],
      gap: -400,
    },
    // W1-W2 from 1 April, W3 from 1 October (3,008,219 DfE); W4-W5 DfE, W6 council and the Head all year.
    {
      year: 3,
      measuredOn: '2019-03-31',
      planned: [350, 350, 17_266_667],
      actual: [400, 300, 6, 600, 600, 29_208_219, 23_208_219, 6_000_000],
      gap: -250,
    },
    // W5 (DfE) and W6 (council) to 1 July. 6 + 1 x 20/22 = 6.909 -> 6.91.
    {
      year: 4,
      measuredOn: '2019-10-01',
      planned: [0, 700, 0],
      actual: [0, 600, 6, 600, 600, 2_983_606, 1_491_803, 1_491_803],
      gap: 100,
      forecast: [6, 1, 6.91],
    },
  ],
);
