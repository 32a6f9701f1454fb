import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import type { Borough, Role } from '../../shared/values.js';
import { STAFF_VIEW_TABLE } from '../read-model/staff-list.projection.js';
import type { StaffView } from '../read-model/staff-view.js';
import { STAFF_VIEW_COLUMNS, toStaffView, type StaffViewRow } from '../read-model/staff-view.row.js';

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

export class ListStaffQuery extends Query<StaffPage> {
  constructor(
    readonly filter: StaffFilter,
    /** 1-based. */
    readonly page: number,
    readonly pageSize: number,
  ) {
    super();
  }
}

const whereOf = (filter: StaffFilter): { sql: string; params: unknown[] } => {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const add = (column: string, value: unknown) => {
    params.push(value);
    clauses.push(`${column} = $${params.length}`);
  };
  if (filter.borough !== undefined) add('borough', filter.borough);
  if (filter.role !== undefined) add('role', filter.role);
  if (filter.level !== undefined) add('systemic_level', filter.level);
  if (filter.dualQualified !== undefined) add('dual_qualified', filter.dualQualified);
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
};

/**
 * A page of people, leavers included, sorted by name (code-point order, the same on every server)
 * and then id, so that pages never overlap or skip anyone.
 */
@QueryHandler(ListStaffQuery)
export class ListStaffHandler implements IQueryHandler<ListStaffQuery> {
  constructor(private readonly db: DataSource) {}

  async execute({ filter, page, pageSize }: ListStaffQuery): Promise<StaffPage> {
    const where = whereOf(filter);
    const [{ total }] = (await this.db.query(
      `SELECT count(*)::int AS total FROM ${STAFF_VIEW_TABLE} ${where.sql}`,
      where.params,
    )) as { total: number }[];
    const n = where.params.length;
    const rows = (await this.db.query(
      `SELECT ${STAFF_VIEW_COLUMNS} FROM ${STAFF_VIEW_TABLE} ${where.sql}
       ORDER BY name COLLATE "C", staff_id LIMIT $${n + 1} OFFSET $${n + 2}`,
      [...where.params, pageSize, (page - 1) * pageSize],
    )) as StaffViewRow[];
    return { items: rows.map(toStaffView), page, pageSize, total };
  }
}
