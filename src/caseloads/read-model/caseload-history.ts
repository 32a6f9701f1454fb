import { rowsAt, SqlParams } from '../../projections/bitemporal/rows-at.js';
import type { ProjectionContext } from '../../projections/projection.js';
import type { RecordedEvent } from '../../shared/event.js';
import type { ReadCut } from '../../shared/read-cut.js';
import type { IsoDate } from '../../shared/values.js';
import type { CaseloadEvent, CaseloadEventType } from '../domain/caseload.events.js';

export const CASELOAD_HISTORY_VIEW = 'caseload_history_view';

/** One change to a person's caseload as it was recorded: what, from when, by whom, why, and the flag. */
export interface CaseloadHistoryEntry {
  version: number;
  eventId: string;
  type: CaseloadEventType;
  effectiveOn: IsoDate;
  /** Cases counted, allocated or closed; the individual cap set; null for a cap cleared. */
  cases: number | null;
  /** The count it left on its date, the cap then in force and whether the count broke it, as decided. */
  openCases: number;
  cap: number | null;
  overCap: boolean;
  recordedAt: string;
  actor: string;
  reason: string | null;
}

const casesOf = (e: CaseloadEvent): number | null => {
  switch (e.type) {
    case 'CaseloadCounted':
      return e.data.openCases;
    case 'CasesAllocated':
    case 'CasesClosed':
      return e.data.cases;
    case 'CaseloadCapSet':
      return e.data.maxOpenCases;
    case 'CaseloadCapCleared':
      return null;
    default: {
      const _exhaustive: never = e;
      return _exhaustive;
    }
  }
};

/** Appends the event to the person's history: rows are only ever added, each dated by its event. */
export const recordHistory = async (
  ctx: ProjectionContext,
  event: RecordedEvent,
  e: CaseloadEvent,
  effectiveOn: IsoDate,
): Promise<void> => {
  await ctx.query(
    `INSERT INTO ${ctx.table(CASELOAD_HISTORY_VIEW)} (staff_id, version, event_id, type, effective_on, cases,
       open_cases, cap, over_cap, recorded_at, actor, reason)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
    [
      e.data.staffId,
      event.streamVersion,
      event.eventId,
      e.type,
      effectiveOn,
      casesOf(e),
      e.data.openCases,
      e.data.cap,
      e.data.overCap,
      event.metadata.recordedAt,
      event.metadata.actor,
      event.metadata.reason ?? null,
    ],
  );
};

type Queryable = { query(sql: string, params?: unknown[]): Promise<unknown[]> };

/** The person's caseload history at the cut, oldest first: entries effective by its date and known by its instant. */
export const caseloadHistoryAt = async (
  q: Queryable,
  staffId: string,
  cut: ReadCut,
): Promise<CaseloadHistoryEntry[]> => {
  const p = new SqlParams();
  const on = p.add(cut.asAt ?? null, '::date');
  const rows = (await q.query(
    `SELECT version, event_id, type, effective_on::text AS effective_on, cases, open_cases, cap, over_cap,
            to_char(recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS recorded_at, actor, reason
     FROM ${rowsAt(CASELOAD_HISTORY_VIEW, cut, p, { validTime: false })} h
     WHERE h.staff_id = ${p.add(staffId)} AND (${on} IS NULL OR h.effective_on <= ${on})
     ORDER BY h.version`,
    p.values,
  )) as Record<string, unknown>[];
  return rows.map((r) => ({
    version: r.version as number,
    eventId: r.event_id as string,
    type: r.type as CaseloadEventType,
    effectiveOn: r.effective_on as IsoDate,
    cases: r.cases as number | null,
    openCases: r.open_cases as number,
    cap: r.cap as number | null,
    overCap: r.over_cap as boolean,
    recordedAt: r.recorded_at as string,
    actor: r.actor as string,
    reason: r.reason as string | null,
  }));
};
