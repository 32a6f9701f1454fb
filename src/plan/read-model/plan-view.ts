import type { PlanDocument } from '../domain/plan-document.js';
import { PLAN_VIEW_TABLE } from './plan.projection.js';

export interface PlanRevisionView {
  revision: number;
  reason: string | null;
  actor: string;
  /** ISO instant in UTC. */
  recordedAt: string;
  effective: boolean;
  supersededAt: string | null;
}

export interface PlanView extends PlanRevisionView {
  document: PlanDocument;
}

interface PlanViewRow {
  revision: number;
  document: PlanDocument;
  reason: string | null;
  actor: string;
  recorded_at: string;
  effective: boolean;
  superseded_at: string | null;
}

const instant = (column: string) =>
  `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS ${column}`;

const COLUMNS = `revision, reason, actor, effective, ${instant('recorded_at')}, ${instant('superseded_at')}`;

const toRevision = (row: PlanViewRow): PlanRevisionView => ({
  revision: row.revision,
  reason: row.reason,
  actor: row.actor,
  recordedAt: row.recorded_at,
  effective: row.effective,
  supersededAt: row.superseded_at,
});

type Query = (sql: string, params?: unknown[]) => Promise<unknown[]>;

/** The revision in force, with its whole document; undefined before any plan is adopted. */
export const loadEffectivePlan = async (query: Query): Promise<PlanView | undefined> => {
  const [row] = (await query(`SELECT ${COLUMNS}, document FROM ${PLAN_VIEW_TABLE} WHERE effective`)) as PlanViewRow[];
  return row && { ...toRevision(row), document: row.document };
};

/** Every revision, oldest first, without the documents. */
export const loadPlanHistory = async (query: Query): Promise<PlanRevisionView[]> =>
  ((await query(`SELECT ${COLUMNS} FROM ${PLAN_VIEW_TABLE} ORDER BY revision`)) as PlanViewRow[]).map(toRevision);
