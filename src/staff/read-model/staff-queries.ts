import { rowsAt, SqlParams } from '../../projections/bitemporal/rows-at.js';
import type { ReadCut } from '../../shared/read-cut.js';
import type { Borough, Role } from '../../shared/values.js';
import type { StaffView } from './staff-view.js';
import { STAFF_VIEW_ROWS, STAFF_VIEW_TABLE } from './staff-view.row.js';

type Queryable = { query(sql: string, params?: unknown[]): Promise<unknown[]> };

export interface StaffFilter {
  borough?: Borough;
  role?: Role;
  /** Highest systemic level completed, 0-4. */
  level?: number;
  dualQualified?: boolean;
}

export interface StaffPage {
  items: StaffView[];
  page: number;
  pageSize: number;
  total: number;
}

/** One person at the cut; undefined when they were not (yet) on the staff then. */
export const findStaffView = async (q: Queryable, staffId: string, cut: ReadCut): Promise<StaffView | undefined> => {
  const p = new SqlParams();
  const rows = (await q.query(
    `SELECT ${STAFF_VIEW_ROWS.selectColumns('s')} FROM ${rowsAt(STAFF_VIEW_TABLE, cut, p)} s
     WHERE s.staff_id = ${p.add(staffId, '::uuid')}`,
    p.values,
  )) as Record<string, unknown>[];
  return rows.length ? STAFF_VIEW_ROWS.fromRow(rows[0]) : undefined;
};

const COLUMN_OF: Record<keyof StaffFilter, string> = {
  borough: 's.borough',
  role: 's.role',
  level: 's.systemic_level',
  dualQualified: 's.dual_qualified',
};

/**
 * A page of people at the cut, leavers included, sorted by name (code-point order, the same on
 * every server) and then id, so that pages never overlap or skip anyone.
 */
export const listStaffViews = async (
  q: Queryable,
  filter: StaffFilter,
  page: number,
  pageSize: number,
  cut: ReadCut,
): Promise<StaffPage> => {
  const p = new SqlParams();
  const from = rowsAt(STAFF_VIEW_TABLE, cut, p);
  const clauses = (Object.keys(COLUMN_OF) as (keyof StaffFilter)[])
    .filter((k) => filter[k] !== undefined)
    .map((k) => `${COLUMN_OF[k]} = ${p.add(filter[k])}`);
  const where = clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
  const countParams = [...p.values];
  const [{ total }] = (await q.query(`SELECT count(*)::int AS total FROM ${from} s ${where}`, countParams)) as {
    total: number;
  }[];
  const rows = (await q.query(
    `SELECT ${STAFF_VIEW_ROWS.selectColumns('s')} FROM ${from} s ${where}
     ORDER BY s.name COLLATE "C", s.staff_id LIMIT ${p.add(pageSize)} OFFSET ${p.add((page - 1) * pageSize)}`,
    p.values,
  )) as Record<string, unknown>[];
  return { items: rows.map((r) => STAFF_VIEW_ROWS.fromRow(r)), page, pageSize, total };
};
