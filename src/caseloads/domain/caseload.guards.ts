import { DomainError, invalid, notFound } from '../../shared/domain-error.js';
import { isIsoDate, type IsoDate } from '../../shared/values.js';
import { capHolderOf, staffOn, type CaseloadFacts } from './caseload-facts.js';
import type { CapHolder } from './caseload-cap.js';
import { tallyOn } from './caseload-tally.js';
import { caseloadDateOf } from './caseload.effective-dates.js';
import type { CaseloadEvent } from './caseload.events.js';

/** Checks of the caseload decisions. */

/**
 * Sanity bounds, far above any real caseload: one record moves at most this many cases, and no one
 * holds more than `MAX_OPEN_CASES` on any day (read models keep counts as 32-bit integers).
 */
export const MAX_CASES_PER_RECORD = 1000;
export const MAX_OPEN_CASES = 10_000;

export const requireDate = (value: unknown, field: string): IsoDate => {
  if (!isIsoDate(value)) throw invalid('CASELOADS.INVALID_DATE', `${field} must be a calendar date YYYY-MM-DD`);
  return value;
};

/** In post on the day: hired, started by then and not gone by then (a leaving date is the first day gone). */
export const requireInPost = (facts: CaseloadFacts, staffId: string, day: IsoDate): CapHolder => {
  if (facts.staff.length === 0) throw notFound('STAFF.NOT_FOUND', `No member of staff has the id ${staffId}`);
  const staff = staffOn(facts.staff, day);
  if (staff.status === 'left') {
    throw new DomainError('STAFF.HAS_LEFT', `${staff.name} left on ${staff.leftOn}, on or before ${day}`, 'rule', {
      staffId,
      leftOn: staff.leftOn,
    });
  }
  if (staff.status === 'none') {
    const hire = facts.staff.find((e) => e.type === 'StaffHired');
    const startedOn = hire?.type === 'StaffHired' ? hire.data.startedOn : null;
    throw new DomainError('CASELOADS.NOT_IN_POST', `not in post on ${day}: started on ${startedOn}`, 'rule', {
      startedOn,
    });
  }
  return capHolderOf(staff);
};

const isCapEvent = (e: CaseloadEvent) => e.type === 'CaseloadCapSet' || e.type === 'CaseloadCapCleared';

const latest = (dates: IsoDate[]): IsoDate | null =>
  dates.reduce<IsoDate | null>((max, d) => (max === null || d > max ? d : max), null);

/** A stocktake dated before a movement already recorded would hide it: see `tallyCaseload`. */
export const requireNotBeforeLastCount = (ledger: readonly CaseloadEvent[], on: IsoDate): void => {
  const last = latest(ledger.filter((e) => !isCapEvent(e)).map(caseloadDateOf));
  if (last !== null && on < last) {
    throw new DomainError(
      'CASELOADS.COUNT_BEFORE_LAST_CHANGE',
      `a count as at ${on} is before the last count or movement recorded, on ${last}: record a movement instead`,
      'rule',
      { lastChangeOn: last },
    );
  }
};

/** Individual caps change in date order, so the latest decision is the one in force. */
export const requireNotBeforeLastCapChange = (ledger: readonly CaseloadEvent[], from: IsoDate): void => {
  const last = latest(ledger.filter(isCapEvent).map(caseloadDateOf));
  if (last !== null && from < last) {
    throw new DomainError(
      'CASELOADS.CAP_BEFORE_LAST_CHANGE',
      `an individual cap change from ${from} is before the last one, from ${last}`,
      'rule',
      { lastChangeOn: last },
    );
  }
};

/**
 * The count may not fall below zero on the event's date nor on any later date the stream moves it
 * (a closure recorded late lowers every count after it until the next stocktake). Between those
 * dates the count does not change, so they are all the days there are to check.
 */
export const requireNeverNegative = (ledger: readonly CaseloadEvent[], event: CaseloadEvent): void => {
  const after = [...ledger, event];
  const on = caseloadDateOf(event);
  const days = [...new Set([on, ...after.map(caseloadDateOf).filter((d) => d > on)])].sort();
  for (const day of days) {
    const { openCases } = tallyOn(after, day);
    if (openCases < 0) {
      throw new DomainError('CASELOADS.NEGATIVE_COUNT', `that leaves ${openCases} open cases on ${day}`, 'rule', {
        on: day,
        openCases,
      });
    }
    if (openCases > MAX_OPEN_CASES) {
      throw new DomainError('CASELOADS.TOO_MANY_CASES', `that makes ${openCases} open cases on ${day}`, 'rule', {
        on: day,
        openCases,
      });
    }
  }
};

const inRange = (value: unknown, min: number): value is number =>
  Number.isSafeInteger(value) && (value as number) >= min && (value as number) <= MAX_CASES_PER_RECORD;

export const requireCases = (value: unknown): number => {
  if (!inRange(value, 1)) {
    throw invalid('CASELOADS.INVALID_CASES', `cases must be a whole number, 1 to ${MAX_CASES_PER_RECORD}`);
  }
  return value;
};

export const requireCap = (value: unknown): number => {
  if (!inRange(value, 0)) {
    throw invalid('CASELOADS.INVALID_CAP', `maxOpenCases must be a whole number, 0 to ${MAX_CASES_PER_RECORD}`);
  }
  return value;
};

/** A stocktake's count: below zero is a broken rule (422), not a typing slip. */
export const requireCount = (value: unknown, on: IsoDate): number => {
  if (Number.isSafeInteger(value) && (value as number) < 0) {
    throw new DomainError('CASELOADS.NEGATIVE_COUNT', `${value} open cases is below zero`, 'rule', {
      on,
      openCases: value,
    });
  }
  if (!inRange(value, 0)) {
    throw invalid('CASELOADS.INVALID_COUNT', `openCases must be a whole number, 0 to ${MAX_CASES_PER_RECORD}`);
  }
  return value;
};
