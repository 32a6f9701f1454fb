import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import type { IsoDate } from '../../shared/values.js';
import { COHORT_VIEW } from '../read-model/cohorts.projection.js';
import { COHORT_SUMMARY_COLUMNS, type CohortSummary } from '../read-model/cohort-view.js';

export interface CohortFilter {
  level?: number;
  /** Cohorts starting on or after this date. */
  from?: IsoDate;
  /** Cohorts starting on or before this date. */
  to?: IsoDate;
}

export interface CohortPage {
  items: CohortSummary[];
  page: number;
  pageSize: number;
  total: number;
}

export class ListCohortsQuery extends Query<CohortPage> {
  constructor(
    readonly filter: CohortFilter,
    /** 1-based. */
    readonly page: number,
    readonly pageSize: number,
  ) {
    super();
  }
}

/** A page of cohorts by start date, then id, so pages never overlap or skip one. */
@QueryHandler(ListCohortsQuery)
export class ListCohortsHandler implements IQueryHandler<ListCohortsQuery> {
  constructor(private readonly db: DataSource) {}

  async execute({ filter, page, pageSize }: ListCohortsQuery): Promise<CohortPage> {
    const where = `WHERE ($1::smallint IS NULL OR c.level = $1)
      AND ($2::date IS NULL OR c.starts_on >= $2) AND ($3::date IS NULL OR c.starts_on <= $3)`;
    const params = [filter.level ?? null, filter.from ?? null, filter.to ?? null];
    // count(*) OVER () gives the total from the same snapshot as the page.
    const rows: (CohortSummary & { total: number })[] = await this.db.query(
      `SELECT ${COHORT_SUMMARY_COLUMNS}, count(*) OVER ()::int AS total FROM ${COHORT_VIEW} c ${where}
       ORDER BY c.starts_on, c.cohort_id LIMIT $4 OFFSET $5`,
      [...params, pageSize, (page - 1) * pageSize],
    );
    // Past the last page there are no rows to carry the total, so count separately then.
    const total =
      rows.length > 0
        ? rows[0].total
        : (
            (await this.db.query(`SELECT count(*)::int AS total FROM ${COHORT_VIEW} c ${where}`, params)) as {
              total: number;
            }[]
          )[0].total;
    return { items: rows.map(({ total: _total, ...summary }) => summary), page, pageSize, total };
  }
}
