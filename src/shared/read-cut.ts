import { ukDateOf } from './programme-year.js';
import type { IsoDate } from './values.js';

/**
 * Which state a read answers for. `asAt` is valid time: the state effective on that date, from
 * everything known now (a completion recorded late but dated earlier counts). `knownAt` is known
 * time: the state as the system knew it at that instant, ignoring everything recorded later.
 * Neither means now; both combine.
 */
export interface ReadCut {
  asAt?: IsoDate;
  /** An ISO instant in UTC. */
  knownAt?: string;
}

export const NOW: ReadCut = Object.freeze({});

/**
 * The day a question about "today" stands on: the as-at date, else the UK date of the known-at
 * instant (what a page showed that day), else today.
 */
export const referenceDay = (cut: ReadCut, today: IsoDate): IsoDate =>
  cut.asAt ?? (cut.knownAt !== undefined ? ukDateOf(new Date(cut.knownAt)) : today);

/** How a cut reads in a message: "as at 2018-03-31, as known at 2018-04-15T00:00:00.000Z". */
export const describeCut = (cut: ReadCut): string =>
  [cut.asAt && `as at ${cut.asAt}`, cut.knownAt && `as known at ${cut.knownAt}`].filter(Boolean).join(', ');
