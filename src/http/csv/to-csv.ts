import { stringify } from 'csv-stringify/sync';
import type { CsvShape } from './csv-shape.js';

/** Cells a spreadsheet would take for a formula (OWASP's list): `=`, `+`, `-`, `@`, tab, carriage return. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell as a spreadsheet must show it: one that would start a formula gets a leading
 * apostrophe, which Excel and LibreOffice take as "this is text" and do not display. Numbers are
 * left alone, so -5 stays a number. null and undefined are empty cells; booleans true/false;
 * objects their JSON.
 */
export const cellText = (value: unknown): string | number => {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return FORMULA_START.test(text) ? `'${text}` : text;
};

/**
 * The table as Excel and LibreOffice open it cleanly: UTF-8 with a BOM (so accents survive a
 * double-click), CRLF line ends, and fields quoted when they hold a comma, a quote or a line break
 * (csv-stringify's RFC 4180 quoting). The header row is written even when there are no rows.
 */
export function toCsv<T, R>(shape: CsvShape<T, R>, result: T): string {
  const rows = shape.rows(result).map((row) => shape.columns.map((c) => cellText(c.value(row))));
  return stringify(rows, {
    bom: true,
    header: true,
    columns: shape.columns.map((c) => c.header),
    record_delimiter: 'windows',
    quoted_match: /^\s|\s$/,
  });
}
