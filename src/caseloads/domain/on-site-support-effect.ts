import { dayNumber, fromDayNumber } from '../../shared/iso-days.js';
import type { IsoDate } from '../../shared/values.js';

/**
 * On-site support given to Centre councils is time not available for cases (ADR 0051). FTE is a
 * share of a full-time week, so the hours are counted over the week the cut's day falls in and
 * set against a full-time week of 37.5 hours: five days of the plan's 7.5-hour on-site day
 * (`centre.onSiteHoursPerDayHundredths`). Neither the plan nor the brief states a working week;
 * this is cadre's assumption, in hundredths of an hour like the on-site hours.
 */
export const FULL_TIME_HUNDREDTHS_PER_WEEK = 3750;

/** The Monday-to-Sunday week (both inclusive) holding `day`. */
export const supportWeekOf = (day: IsoDate): { from: IsoDate; to: IsoDate } => {
  const n = dayNumber(day);
  // Day 0, 1 January 1970, was a Thursday: 3 days after a Monday.
  const monday = n - ((((n + 3) % 7) + 7) % 7);
  return { from: fromDayNumber(monday), to: fromDayNumber(monday + 6) };
};

/** The hours as hundredths of a full-time week, rounded up: the time taken is at least this. */
export const onSiteFteHundredthsOf = (hoursHundredths: number): number =>
  Math.floor((hoursHundredths * 100 + FULL_TIME_HUNDREDTHS_PER_WEEK - 1) / FULL_TIME_HUNDREDTHS_PER_WEEK);

export interface OnSiteSupportGiven {
  days: number;
  hoursHundredths: number;
}

export const NO_SUPPORT: OnSiteSupportGiven = Object.freeze({ days: 0, hoursHundredths: 0 });

export interface OnSiteSupportEffect extends OnSiteSupportGiven {
  /** The capacity the support takes away: hundredths of a full-time week. */
  fteHundredths: number;
  /** The person's FTE less that, never below nil. */
  availableFteHundredths: number;
  /** The cap in proportion to the FTE left, rounded down like every cap; null without a cap. */
  availableCap: number | null;
  /** availableCap - open cases: negative when over; null without a cap. */
  availableHeadroom: number | null;
}

/** What a week's on-site support leaves of one person's capacity for cases. */
export const onSiteEffectOf = (
  support: OnSiteSupportGiven,
  person: { fteHundredths: number; cap: number | null; openCases: number },
): OnSiteSupportEffect => {
  const fteHundredths = onSiteFteHundredthsOf(support.hoursHundredths);
  const availableFteHundredths = Math.max(0, person.fteHundredths - fteHundredths);
  const availableCap =
    person.cap === null
      ? null
      : fteHundredths === 0
        ? person.cap
        : person.fteHundredths <= 0
          ? 0
          : Math.floor((person.cap * availableFteHundredths) / person.fteHundredths);
  return {
    days: support.days,
    hoursHundredths: support.hoursHundredths,
    fteHundredths,
    availableFteHundredths,
    availableCap,
    availableHeadroom: availableCap === null ? null : availableCap - person.openCases,
  };
};

export interface OnSiteSupportTotal {
  /** People who gave any support that week. */
  people: number;
  days: number;
  hoursHundredths: number;
  fteHundredths: number;
  availableFteHundredths: number;
  availableCap: number;
  /** Free places once the support is taken out: the sum of positive available headroom. */
  availableHeadroom: number;
}

/** Totals over people with a cap (capacity counts no one else; a missing cap adds nothing). */
export const totalOnSiteEffect = (effects: readonly OnSiteSupportEffect[]): OnSiteSupportTotal =>
  effects.reduce<OnSiteSupportTotal>(
    (t, e) => ({
      people: t.people + (e.hoursHundredths > 0 ? 1 : 0),
      days: t.days + e.days,
      hoursHundredths: t.hoursHundredths + e.hoursHundredths,
      fteHundredths: t.fteHundredths + e.fteHundredths,
      availableFteHundredths: t.availableFteHundredths + e.availableFteHundredths,
      availableCap: t.availableCap + (e.availableCap ?? 0),
      availableHeadroom: t.availableHeadroom + Math.max(0, e.availableHeadroom ?? 0),
    }),
    {
      people: 0,
      days: 0,
      hoursHundredths: 0,
      fteHundredths: 0,
      availableFteHundredths: 0,
      availableCap: 0,
      availableHeadroom: 0,
    },
  );
