import { rowsAt, SqlParams } from '../../projections/bitemporal/rows-at.js';
import type { ReadCut } from '../../shared/read-cut.js';
import type { PlanDocument } from '../domain/plan-document.js';
import { PLAN_VIEW_TABLE } from './plan.projection.js';

export interface PlanRevisionView {
  revision: number;
  reason: string | null;
  actor: string;
  /** ISO instant in UTC. */
  recordedAt: string;
  /** In force at the cut: the latest revision there. */
  effective: boolean;
  /** When the next revision (at the cut) was recorded. */
  supersededAt: string | null;
}

export interface PlanView extends PlanRevisionView {
  document: PlanDocument;
}

interface PlanViewRow {
  revision: number;
  document?: PlanDocument;
  reason: string | null;
  actor: string;
  recorded_at: string;
  effective: boolean;
  superseded_at: string | null;
}

const instant = (expression: string, name: string) =>
  `to_char(${expression} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS ${name}`;

const toRevision = (row: PlanViewRow): PlanRevisionView => ({
  revision: row.revision,
  reason: row.reason,
  actor: row.actor,
  recordedAt: row.recorded_at,
  effective: row.effective,
  supersededAt: row.superseded_at,
});

type Query = (sql: string, params?: unknown[]) => Promise<unknown[]>;

/** The revisions at the cut (in force by its date, known by its instant), each with its successor's instant. */
const revisionsAt = (cut: ReadCut, p: SqlParams, withDocument: boolean): string => {
  const on = p.add(cut.asAt ?? null, '::date');
  return `SELECT revision, reason, actor, ${instant('recorded_at', 'recorded_at')},
            revision = max(revision) OVER () AS effective,
            ${instant('lead(recorded_at) OVER (ORDER BY revision)', 'superseded_at')}
            ${withDocument ? ', document' : ''}
     FROM ${rowsAt(PLAN_VIEW_TABLE, cut, p, { validTime: false })} v
     WHERE ${on} IS NULL OR v.effective_on <= ${on}`;
};

/** The revision in force at the cut, with its whole document; undefined before any plan was adopted. */
export const loadEffectivePlan = async (query: Query, cut: ReadCut = {}): Promise<PlanView | undefined> => {
  const p = new SqlParams();
  const rows = (await query(
    `SELECT * FROM (${revisionsAt(cut, p, true)}) r WHERE r.effective`,
    p.values,
  )) as PlanViewRow[];
  return rows[0] && { ...toRevision(rows[0]), document: rows[0].document! };
};

/** Every revision at the cut, oldest first, without the documents. */
export const loadPlanHistory = async (query: Query, cut: ReadCut = {}): Promise<PlanRevisionView[]> => {
  const p = new SqlParams();
  const rows = (await query(`${revisionsAt(cut, p, false)} ORDER BY revision`, p.values)) as PlanViewRow[];
  return rows.map(toRevision);
};
