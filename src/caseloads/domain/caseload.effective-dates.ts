import type { IsoDate } from '../../shared/values.js';
import type { CaseloadEvent, CaseloadEventType } from './caseload.events.js';

type DataOf<T extends CaseloadEventType> = Extract<CaseloadEvent, { type: T }>['data'];

/** When each caseload event takes effect (see STAFF_EFFECTIVE_DATES): the date it is recorded as at. */
export const CASELOAD_EFFECTIVE_DATES: { [T in CaseloadEventType]: (data: DataOf<T>) => IsoDate } = {
  CaseloadCounted: (d) => d.on,
  CasesAllocated: (d) => d.on,
  CasesClosed: (d) => d.on,
  CaseloadCapSet: (d) => d.from,
  CaseloadCapCleared: (d) => d.from,
};

/** The date of a caseload event, for the decider (which sees only its own stream). */
export const caseloadDateOf = (event: CaseloadEvent): IsoDate =>
  (CASELOAD_EFFECTIVE_DATES[event.type] as (data: CaseloadEvent['data']) => IsoDate)(event.data);
