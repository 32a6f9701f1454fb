import type { IsoDate } from './values.js';

/**
 * Day arithmetic on ISO calendar dates. Counting whole days since the epoch in UTC keeps every
 * day exactly one apart: no time zone or daylight-saving change can stretch or shrink one.
 * Callers pass dates already checked with `isIsoDate`.
 */
const MS_PER_DAY = 86_400_000;

export const dayNumber = (date: IsoDate): number => {
  const [year, month, day] = date.split('-').map(Number);
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
};

export const fromDayNumber = (day: number): IsoDate => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);

export const addDays = (date: IsoDate, days: number): IsoDate => fromDayNumber(dayNumber(date) + days);

/** Days from `from` (inclusive) to `to` (exclusive): 0 when equal, negative when `to` is earlier. */
export const daysBetween = (from: IsoDate, to: IsoDate): number => dayNumber(to) - dayNumber(from);
