import { columns, csvShape } from '../../http/csv/csv-shape.js';
import type { FundingResponse } from './plan.response.js';

interface Row {
  revision: number;
  rowType: 'line' | 'year-total' | 'stated-total';
  name: string;
  year: number;
  clinicalTeam?: boolean;
  amountPence?: number;
  clinicalTeamPence?: number;
  statedPence?: number;
  differencePence?: number;
}

/**
 * GET /api/plan/funding as CSV, long form so the headers stay the same whatever the plan's
 * years and lines: a row per funding line and year (`line`), per year's computed totals
 * (`year-total`), and per total the plan states (`stated-total`, with the computed figure and the
 * difference).
 */
export const FUNDING_CSV = csvShape<FundingResponse, Row>({
  file: 'plan-funding',
  rows: (f) => [
    ...f.lines.flatMap((line) =>
      f.years.map((y) => ({
        revision: f.revision,
        rowType: 'line' as const,
        name: line.name,
        year: y.year,
        clinicalTeam: line.clinicalTeam,
        amountPence: line.amountsPence[String(y.year)] ?? 0,
      })),
    ),
    ...f.years.map((y) => ({
      revision: f.revision,
      rowType: 'year-total' as const,
      name: 'Total of every line',
      year: y.year,
      amountPence: y.totalPence,
      clinicalTeamPence: y.clinicalTeamPence,
    })),
    ...f.statedTotals.map((t) => ({
      revision: f.revision,
      rowType: 'stated-total' as const,
      name: t.name,
      year: t.year,
      amountPence: t.computedPence,
      statedPence: t.statedPence,
      differencePence: t.differencePence,
    })),
  ],
  columns: columns<Row>(
    ['revision', (r) => r.revision],
    ['row_type', (r) => r.rowType],
    ['name', (r) => r.name],
    ['year', (r) => r.year],
    ['clinical_team', (r) => r.clinicalTeam],
    ['amount_pence', (r) => r.amountPence],
    ['clinical_team_pence', (r) => r.clinicalTeamPence],
    ['stated_pence', (r) => r.statedPence],
    ['difference_pence', (r) => r.differencePence],
  ),
});
