import {
  FULL_TIME_HUNDREDTHS_PER_WEEK,
  NO_SUPPORT,
  onSiteEffectOf,
  onSiteFteHundredthsOf,
  supportWeekOf,
  totalOnSiteEffect,
} from './on-site-support-effect.js';

describe('on-site support against caseload capacity', () => {
  it('takes the week the day falls in, Monday to Sunday', () => {
    expect(supportWeekOf('2017-05-03')).toEqual({ from: '2017-05-01', to: '2017-05-07' }); // a Wednesday
    expect(supportWeekOf('2017-05-01')).toEqual({ from: '2017-05-01', to: '2017-05-07' }); // Monday
    expect(supportWeekOf('2017-05-07')).toEqual({ from: '2017-05-01', to: '2017-05-07' }); // Sunday
    expect(supportWeekOf('2018-01-02')).toEqual({ from: '2018-01-01', to: '2018-01-07' });
    expect(supportWeekOf('2016-03-02')).toEqual({ from: '2016-02-29', to: '2016-03-06' }); // across a leap day
  });

  it('turns hours into the share of a full-time week, rounded up', () => {
    expect(FULL_TIME_HUNDREDTHS_PER_WEEK).toBe(3750);
    expect(onSiteFteHundredthsOf(0)).toBe(0);
    expect(onSiteFteHundredthsOf(750)).toBe(20); // the plan's 7.5-hour day: a fifth of the week
    expect(onSiteFteHundredthsOf(3750)).toBe(100);
    expect(onSiteFteHundredthsOf(350)).toBe(10); // 3.5 h is 9.33 hundredths: rounded up
    expect(onSiteFteHundredthsOf(1)).toBe(1);
    expect(onSiteFteHundredthsOf(75 * 7)).toBe(14); // exact multiples are not rounded
  });

  it('leaves the cap in proportion to the FTE left, rounded down, and the headroom under it', () => {
    // 1.0 FTE, cap 6, 2 open; a 7.5-hour day: 0.2 WTE gone, 0.8 left, 4.8 places rounded to 4.
    expect(onSiteEffectOf({ days: 1, hoursHundredths: 750 }, { fteHundredths: 100, cap: 6, openCases: 2 })).toEqual({
      days: 1,
      hoursHundredths: 750,
      fteHundredths: 20,
      availableFteHundredths: 80,
      availableCap: 4,
      availableHeadroom: 2,
    });
    // 0.8 FTE with cap 4: 3.5 hours take 0.1, leaving 0.7 and 3 places (3.5 rounded down).
    expect(onSiteEffectOf({ days: 1, hoursHundredths: 350 }, { fteHundredths: 80, cap: 4, openCases: 5 })).toEqual({
      days: 1,
      hoursHundredths: 350,
      fteHundredths: 10,
      availableFteHundredths: 70,
      availableCap: 3,
      availableHeadroom: -2,
    });
  });

  it('changes nothing without support, and never goes below nothing', () => {
    expect(onSiteEffectOf(NO_SUPPORT, { fteHundredths: 60, cap: 10, openCases: 3 })).toMatchObject({
      fteHundredths: 0,
      availableFteHundredths: 60,
      availableCap: 10,
      availableHeadroom: 7,
    });
    // A 0.4 FTE person giving three full days: more than their week; nothing left for cases.
    expect(onSiteEffectOf({ days: 3, hoursHundredths: 2250 }, { fteHundredths: 40, cap: 2, openCases: 1 })).toEqual({
      days: 3,
      hoursHundredths: 2250,
      fteHundredths: 60,
      availableFteHundredths: 0,
      availableCap: 0,
      availableHeadroom: -1,
    });
    expect(onSiteEffectOf({ days: 1, hoursHundredths: 750 }, { fteHundredths: 0, cap: 3, openCases: 0 })).toMatchObject(
      { availableFteHundredths: 0, availableCap: 0 },
    );
  });

  it('has no cap or headroom to reduce for someone without a cap', () => {
    expect(
      onSiteEffectOf({ days: 1, hoursHundredths: 750 }, { fteHundredths: 100, cap: null, openCases: 0 }),
    ).toMatchObject({ fteHundredths: 20, availableFteHundredths: 80, availableCap: null, availableHeadroom: null });
  });

  it('totals over people with a cap, free places counted only where positive', () => {
    const a = onSiteEffectOf({ days: 1, hoursHundredths: 750 }, { fteHundredths: 100, cap: 6, openCases: 2 });
    const b = onSiteEffectOf({ days: 1, hoursHundredths: 350 }, { fteHundredths: 80, cap: 4, openCases: 5 });
    const c = onSiteEffectOf(NO_SUPPORT, { fteHundredths: 100, cap: 18, openCases: 0 });
    expect(totalOnSiteEffect([a, b, c])).toEqual({
      people: 2,
      days: 2,
      hoursHundredths: 1100,
      fteHundredths: 30,
      availableFteHundredths: 80 + 70 + 100,
      availableCap: 4 + 3 + 18,
      availableHeadroom: 2 + 0 + 18,
    });
    expect(totalOnSiteEffect([])).toEqual({
      people: 0,
      days: 0,
      hoursHundredths: 0,
      fteHundredths: 0,
      availableFteHundredths: 0,
      availableCap: 0,
      availableHeadroom: 0,
    });
  });
});
