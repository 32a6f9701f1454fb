import { rowsAt, SqlParams } from '../../projections/bitemporal/rows-at.js';
import type { ReadCut } from '../../shared/read-cut.js';
import { NOW } from '../../shared/read-cut.js';
import type { IsoDate } from '../../shared/values.js';
import {
  CENTRE_COUNCIL_VIEW,
  CENTRE_ON_SITE_SUPPORT_VIEW,
  ON_SITE_SUPPORT_ROWS,
  type OnSiteSupportRow,
} from './centre-rows.js';
import type { Queryable } from './council-queries.js';

export interface OnSiteSupportDay extends OnSiteSupportRow {
  councilName: string | null;
}

export interface OnSiteSupportFilter {
  staffId?: string;
  /** First day counted (inclusive). */
  from?: IsoDate;
  /** Last day counted (inclusive). */
  to?: IsoDate;
  intakeYear?: number;
  councilId?: string;
}

export interface OnSiteSupportList {
  items: OnSiteSupportDay[];
  days: number;
  hoursHundredths: number;
}

const whereOf = (filter: OnSiteSupportFilter, p: SqlParams): string => {
  const clauses: string[] = [];
  if (filter.staffId !== undefined) clauses.push(`s.staff_id = ${p.add(filter.staffId)}`);
  if (filter.from !== undefined) clauses.push(`s.given_on >= ${p.add(filter.from, '::date')}`);
  if (filter.to !== undefined) clauses.push(`s.given_on <= ${p.add(filter.to, '::date')}`);
  if (filter.intakeYear !== undefined) clauses.push(`s.intake_year = ${p.add(filter.intakeYear, '::int')}`);
  if (filter.councilId !== undefined) clauses.push(`s.council_id = ${p.add(filter.councilId)}`);
  return clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
};

/** Every day of on-site support at the cut matching the filter, by date, with the totals. */
export const listOnSiteSupportAt = async (
  q: Queryable,
  filter: OnSiteSupportFilter,
  cut: ReadCut,
): Promise<OnSiteSupportList> => {
  const p = new SqlParams();
  const rows = (await q.query(
    `SELECT ${ON_SITE_SUPPORT_ROWS.selectColumns('s')}, c.name AS council_name
     FROM ${rowsAt(CENTRE_ON_SITE_SUPPORT_VIEW, cut, p)} s
     LEFT JOIN ${rowsAt(CENTRE_COUNCIL_VIEW, cut, p)} c ON c.council_id = s.council_id
     ${whereOf(filter, p)}
     ORDER BY s.given_on, s.staff_id, c.name COLLATE "C", s.council_id`,
    p.values,
  )) as Record<string, unknown>[];
  const items = rows.map((row) => ({
    ...ON_SITE_SUPPORT_ROWS.fromRow(row),
    councilName: (row.council_name as string | null) ?? null,
  }));
  return { items, days: items.length, hoursHundredths: items.reduce((sum, d) => sum + d.hoursHundredths, 0) };
};

/** What caseloads subtract from a person's capacity: their on-site support hours in a period. */
export interface OnSiteSupportHours {
  staffId: string;
  /** First day of the period (inclusive). */
  from: IsoDate;
  /** Last day of the period (inclusive). */
  to: IsoDate;
  /** Days of support given in the period (a day at each council counts once). */
  days: number;
  /** Hours given, in hundredths of an hour (750 = 7.5 hours). */
  hoursHundredths: number;
  /** The same as a decimal number of hours. */
  hours: number;
}

/**
 * The hours of on-site support `staffId` gave to Centre councils on days from `period.from` to
 * `period.to` (both inclusive), as the read model holds them at `cut` (now by default): time that
 * person did not have for their own cases.
 */
export const onSiteSupportHours = async (
  q: Queryable,
  staffId: string,
  period: { from: IsoDate; to: IsoDate },
  cut: ReadCut = NOW,
): Promise<OnSiteSupportHours> => {
  const p = new SqlParams();
  const [row] = (await q.query(
    `SELECT count(*)::int AS days, coalesce(sum(s.hours_hundredths), 0)::int AS hours
     FROM ${rowsAt(CENTRE_ON_SITE_SUPPORT_VIEW, cut, p)} s
     ${whereOf({ staffId, from: period.from, to: period.to }, p)}`,
    p.values,
  )) as { days: number; hours: number }[];
  return { staffId, ...period, days: row.days, hoursHundredths: row.hours, hours: row.hours / 100 };
};
