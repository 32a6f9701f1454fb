import { rowsAt, SqlParams } from '../../projections/bitemporal/rows-at.js';
import type { ReadCut } from '../../shared/read-cut.js';
import type { IsoDate } from '../../shared/values.js';
import { COHORT_MEMBER_VIEW, COHORT_PERSON_VIEW, COHORT_VIEW } from './cohort-rows.js';
import {
  COHORT_SUMMARY_COLUMNS,
  COUNTS_BY_COHORT,
  type CohortDetails,
  type CohortSummary,
  type MemberStatus,
  type RosterMember,
} from './cohort-view.js';

type Queryable = { query(sql: string, params?: unknown[]): Promise<unknown[]> };

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

/** The cohorts at the cut that pass the filter, as a FROM item aliased `x` with its WHERE. */
const filtered = (filter: CohortFilter, cut: ReadCut, p: SqlParams): string => {
  const from = rowsAt(COHORT_VIEW, cut, p);
  const level = p.add(filter.level ?? null, '::smallint');
  const after = p.add(filter.from ?? null, '::date');
  const before = p.add(filter.to ?? null, '::date');
  return `${from} x WHERE (${level} IS NULL OR x.level = ${level})
    AND (${after} IS NULL OR x.starts_on >= ${after}) AND (${before} IS NULL OR x.starts_on <= ${before})`;
};

/** A page of cohorts at the cut, by start date then id, so pages never overlap or skip one. */
export const listCohortsAt = async (
  q: Queryable,
  filter: CohortFilter,
  page: number,
  pageSize: number,
  cut: ReadCut,
): Promise<CohortPage> => {
  const p = new SqlParams();
  const cohorts = filtered(filter, cut, p);
  const members = rowsAt(COHORT_MEMBER_VIEW, cut, p);
  const rows = (await q.query(
    `WITH c AS (SELECT * FROM ${cohorts}),
          k AS (SELECT ${COUNTS_BY_COHORT} FROM ${members} m WHERE m.cohort_id IN (SELECT cohort_id FROM c) GROUP BY m.cohort_id)
     SELECT ${COHORT_SUMMARY_COLUMNS}, count(*) OVER ()::int AS total
     FROM c LEFT JOIN k ON k.cohort_id = c.cohort_id
     ORDER BY c.starts_on, c.cohort_id LIMIT ${p.add(pageSize)} OFFSET ${p.add((page - 1) * pageSize)}`,
    p.values,
  )) as (CohortSummary & { total: number })[];
  if (rows.length > 0)
    return { items: rows.map(({ total: _total, ...summary }) => summary), page, pageSize, total: rows[0].total };
  // Past the last page there are no rows to carry the total, so count separately then.
  const c = new SqlParams();
  const [{ total }] = (await q.query(`SELECT count(*)::int AS total FROM ${filtered(filter, cut, c)}`, c.values)) as {
    total: number;
  }[];
  return { items: [], page, pageSize, total };
};

type MemberRow = {
  staff_id: string;
  person_name: string | null;
  status: MemberStatus;
  enrolled_on: string | null;
  waitlisted_on: string | null;
  outcome_on: string | null;
};

/** One cohort at the cut with its roster (in order of arrival) and waiting list; undefined if none. */
export const findCohortAt = async (
  q: Queryable,
  cohortId: string,
  cut: ReadCut,
): Promise<CohortDetails | undefined> => {
  const p = new SqlParams();
  const cohorts = rowsAt(COHORT_VIEW, cut, p);
  const members = rowsAt(COHORT_MEMBER_VIEW, cut, p);
  const people = rowsAt(COHORT_PERSON_VIEW, cut, p);
  const id = p.add(cohortId);
  // One statement, so the counts and the lists come from the same snapshot.
  const rows = (await q.query(
    `WITH c AS (SELECT * FROM ${cohorts} x WHERE x.cohort_id = ${id}),
          m AS (SELECT * FROM ${members} y WHERE y.cohort_id = ${id}),
          k AS (SELECT ${COUNTS_BY_COHORT} FROM m GROUP BY m.cohort_id)
     SELECT ${COHORT_SUMMARY_COLUMNS},
            (SELECT coalesce(jsonb_agg(jsonb_build_object('staff_id', m.staff_id, 'person_name', n.name,
               'status', m.status, 'enrolled_on', m.enrolled_on, 'waitlisted_on', m.waitlisted_on,
               'outcome_on', m.outcome_on) ORDER BY m.arrival), '[]'::jsonb)
             FROM m LEFT JOIN ${people} n ON n.staff_id = m.staff_id) AS members
     FROM c LEFT JOIN k ON k.cohort_id = c.cohort_id`,
    p.values,
  )) as (CohortSummary & { members: MemberRow[] })[];
  if (rows.length === 0) return undefined;
  const { members: list, ...summary } = rows[0];
  return {
    ...summary,
    roster: list
      .filter((r) => r.status !== 'waitlisted')
      .map((r) => ({
        staffId: r.staff_id,
        name: r.person_name,
        status: r.status as RosterMember['status'],
        enrolledOn: r.enrolled_on,
        outcomeOn: r.outcome_on,
      })),
    waitingList: list
      .filter((r) => r.status === 'waitlisted')
      .map((r, i) => ({ staffId: r.staff_id, name: r.person_name, position: i + 1, waitlistedOn: r.waitlisted_on! })),
  };
};
