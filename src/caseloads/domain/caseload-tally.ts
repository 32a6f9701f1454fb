import type { IsoDate } from '../../shared/values.js';
import { caseloadDateOf } from './caseload.effective-dates.js';
import type { CaseloadEvent } from './caseload.events.js';

/** A person's caseload on one day: what the decider checks and the read model keeps per version. */
export interface CaseloadTally {
  openCases: number;
  /** The date of the stocktake the count stands on, null before any. */
  countedOn: IsoDate | null;
  /** The individual cap in force, null when the plan's applies. */
  capOverride: number | null;
}

export const EMPTY_TALLY: CaseloadTally = Object.freeze({ openCases: 0, countedOn: null, capOverride: null });

/**
 * The tally after one event, whatever day it is kept for (the read model applies it to every day
 * from the event's date, the decider folds the events dated up to a day). A stocktake is the whole
 * truth on its date: an allocation or closure dated before the stocktake that holds is already in
 * it and leaves the count alone, one dated on or after it moves the count. Stocktakes themselves
 * are never dated before the last count or movement (the decider refuses it), so this fold in log
 * order gives the count in date order.
 */
export const tallyCaseload = (tally: CaseloadTally, event: CaseloadEvent): CaseloadTally => {
  const inCount = (on: IsoDate) => tally.countedOn !== null && tally.countedOn > on;
  switch (event.type) {
    case 'CaseloadCounted':
      return inCount(event.data.on) ? tally : { ...tally, openCases: event.data.openCases, countedOn: event.data.on };
    case 'CasesAllocated':
      return inCount(event.data.on) ? tally : { ...tally, openCases: tally.openCases + event.data.cases };
    case 'CasesClosed':
      return inCount(event.data.on) ? tally : { ...tally, openCases: tally.openCases - event.data.cases };
    case 'CaseloadCapSet':
      return { ...tally, capOverride: event.data.maxOpenCases };
    case 'CaseloadCapCleared':
      return { ...tally, capOverride: null };
    default: {
      const _exhaustive: never = event;
      return _exhaustive;
    }
  }
};

/** The tally on `day`: the stream's events dated by then, in stream order. */
export const tallyOn = (events: readonly CaseloadEvent[], day: IsoDate): CaseloadTally =>
  events.filter((e) => caseloadDateOf(e) <= day).reduce(tallyCaseload, EMPTY_TALLY);
