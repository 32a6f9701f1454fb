import { daysExistedIn, daysInYear, postCostInYear } from './post-cost.js';

const year1 = { startsOn: '2016-04-01', endsOn: '2017-03-31' };
const year4 = { startsOn: '2019-04-01', endsOn: '2020-03-31' };
const clinician = { annualCostPence: 60_000_00, establishedOn: '2016-04-01' };

describe('post cost in a programme year', () => {
  it('counts 365 days in 2016/17 (no 29 February in it) and 366 in 2019/20', () => {
    expect(daysInYear(year1)).toBe(365);
    expect(daysInYear(year4)).toBe(366);
  });

  it('costs a post open all year at its annual cost', () => {
    expect(daysExistedIn(clinician, year1)).toBe(365);
    expect(postCostInYear(clinician, year1)).toBe(60_000_00);
    expect(postCostInYear(clinician, year4)).toBe(60_000_00);
  });

  it('costs a post established mid-year from its first day', () => {
    // 1 October 2016 to 31 March 2017 is 182 days: 6,000,000 * 182 / 365 = 2,991,780.82
    const post = { ...clinician, establishedOn: '2016-10-01' };
    expect(daysExistedIn(post, year1)).toBe(182);
    expect(postCostInYear(post, year1)).toBe(29_917_81);
  });

  it('costs a post ended mid-year up to the day before it ended', () => {
    // Exists 1 April to 30 September 2016: 183 days, 6,000,000 * 183 / 365 = 3,008,219.18
    const post = { ...clinician, endedOn: '2016-10-01' };
    expect(daysExistedIn(post, year1)).toBe(183);
    expect(postCostInYear(post, year1)).toBe(30_082_19);
  });

  it('divides a leap year by 366, counting 29 February as a day', () => {
    // 1 February to 31 March 2020 is 60 days: 6,000,000 * 60 / 366 = 983,606.56
    const post = { ...clinician, establishedOn: '2020-02-01' };
    expect(daysExistedIn(post, year4)).toBe(60);
    expect(postCostInYear(post, year4)).toBe(9_836_07);
  });

  it('costs nothing in a year before it exists or after it ended', () => {
    expect(postCostInYear({ ...clinician, establishedOn: '2017-04-01' }, year1)).toBe(0);
    expect(postCostInYear({ ...clinician, endedOn: '2019-04-01' }, year4)).toBe(0);
    expect(postCostInYear({ ...clinician, endedOn: '2016-04-01' }, year1)).toBe(0);
  });

  it('costs a post existing for one day within the year', () => {
    // 6,000,000 / 365 = 16,438.356: rounds down
    expect(postCostInYear({ ...clinician, establishedOn: '2017-03-31' }, year1)).toBe(16_438);
  });

  it('rounds half a penny up, once per post-year', () => {
    // 73 pence a year for 1 day of 146: exactly half a penny
    const tiny = { annualCostPence: 73, establishedOn: '2016-01-01', endedOn: '2016-01-02' };
    const year = { startsOn: '2016-01-01', endsOn: '2016-05-25' };
    expect(daysInYear(year)).toBe(146);
    expect(postCostInYear(tiny, year)).toBe(1);
    // 1 penny for 1 day of 3: 0.333 rounds down to 0; for 2 days of 3: 0.667 rounds up to 1
    const third = { startsOn: '2016-01-01', endsOn: '2016-01-03' };
    expect(postCostInYear({ annualCostPence: 1, establishedOn: '2016-01-03' }, third)).toBe(0);
    expect(postCostInYear({ annualCostPence: 1, establishedOn: '2016-01-02' }, third)).toBe(1);
  });

  it('keeps exact pence where floating point would drift', () => {
    // 2^53 - 1 pence for 365 of 366 days: beyond what a double multiplies exactly
    const huge = { annualCostPence: Number.MAX_SAFE_INTEGER, establishedOn: '2019-04-02' };
    const exact = (BigInt(Number.MAX_SAFE_INTEGER) * 365n * 2n + 366n) / 732n;
    expect(postCostInYear(huge, year4)).toBe(Number(exact));
  });
});
