import { dayNumber } from '../../shared/iso-days.js';
import type { IsoDate } from '../../shared/values.js';

/** What costing needs of a post. `endedOn` is the first day without it (see post.events.ts). */
export interface PostLifetime {
  annualCostPence: number;
  establishedOn: IsoDate;
  endedOn?: IsoDate;
}

/** A programme year, both dates inclusive, as in the plan calendar. */
export interface YearSpan {
  startsOn: IsoDate;
  endsOn: IsoDate;
}

/** 365, or 366 when the year holds a 29 February (2019/20 does; 2016/17 does not). */
export const daysInYear = (year: YearSpan): number => dayNumber(year.endsOn) - dayNumber(year.startsOn) + 1;

export const daysExistedIn = (post: PostLifetime, year: YearSpan): number => {
  const first = Math.max(dayNumber(post.establishedOn), dayNumber(year.startsOn));
  const end = Math.min(
    post.endedOn === undefined ? Number.POSITIVE_INFINITY : dayNumber(post.endedOn),
    dayNumber(year.endsOn) + 1,
  );
  return Math.max(0, end - first);
};

/**
 * `annualCostPence * days / daysInYear`, rounded once, half a penny up. Integer arithmetic in
 * BigInt: no floating-point product can land a hair under a half and round the wrong way.
 */
export const postCostInYear = (post: PostLifetime, year: YearSpan): number => {
  const days = BigInt(daysExistedIn(post, year));
  const yearDays = BigInt(daysInYear(year));
  const twice = 2n * BigInt(post.annualCostPence) * days;
  return Number((twice + yearDays) / (2n * yearDays));
};
