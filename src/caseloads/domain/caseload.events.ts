import type { IsoDate } from '../../shared/values.js';

/**
 * Events of the `caseload-<staffId>` stream: one person's open cases, as counts only (no child's
 * or family's details ever enter cadre), and their individual cap. Every event that leaves a count
 * says what it came to on its date (`openCases`), the cap in force then (`cap`, null when none is)
 * and whether the count breaks it (`overCap`): reality is recorded even when it breaks the plan,
 * and the flag stays in the history as it was decided.
 */
export const caseloadStreamId = (staffId: string): string => `caseload-${staffId}`;

/** The count on a date against the cap then in force, as decided when the event was recorded. */
export type CapCheck = {
  openCases: number;
  cap: number | null;
  overCap: boolean;
};

/** A stocktake: the person held `openCases` open cases on `on` (movements dated before it are in it). */
export type CaseloadCounted = { type: 'CaseloadCounted'; data: { staffId: string; on: IsoDate } & CapCheck };

/** `cases` (1 or more) allocated on `on`. */
export type CasesAllocated = {
  type: 'CasesAllocated';
  data: { staffId: string; on: IsoDate; cases: number } & CapCheck;
};

/** `cases` (1 or more) closed on `on`. */
export type CasesClosed = { type: 'CasesClosed'; data: { staffId: string; on: IsoDate; cases: number } & CapCheck };

/** An individual cap in place of the plan's from `from` (a phased return, say); `cap` is `maxOpenCases`. */
export type CaseloadCapSet = {
  type: 'CaseloadCapSet';
  data: { staffId: string; from: IsoDate; maxOpenCases: number } & CapCheck;
};

/** The plan's cap applies again from `from`; `cap` is the plan's cap for the person then. */
export type CaseloadCapCleared = { type: 'CaseloadCapCleared'; data: { staffId: string; from: IsoDate } & CapCheck };

export type CaseloadEvent = CaseloadCounted | CasesAllocated | CasesClosed | CaseloadCapSet | CaseloadCapCleared;

export type CaseloadEventType = CaseloadEvent['type'];

export const CASELOAD_EVENT_TYPES: ReadonlySet<string> = new Set<CaseloadEventType>([
  'CaseloadCounted',
  'CasesAllocated',
  'CasesClosed',
  'CaseloadCapSet',
  'CaseloadCapCleared',
]);

export const isCaseloadEvent = (event: { type: string }): event is CaseloadEvent =>
  CASELOAD_EVENT_TYPES.has(event.type);
