import { createHash } from 'node:crypto';
import { canonicalJson } from '../../shared/canonical-json.js';
import type { Cell } from './cells.js';

export const IMPORT_KINDS = ['staff', 'qualifications', 'enrolments', 'posts'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];
export const isImportKind = (value: unknown): value is ImportKind => IMPORT_KINDS.includes(value as ImportKind);

/** A bad row (or header): physical line in the file (the header is line 1), column, coded reason. */
export interface RowProblem {
  line: number;
  /** The column's name as the layout spells it; null when the row as a whole is at fault. */
  column: string | null;
  code: string;
  message: string;
}

export type CellProblem = Omit<RowProblem, 'line'>;

export interface Column {
  /** Lower case with underscores; headers are matched after the same folding (`Employee Number`). */
  name: string;
  read: (text: string) => Cell<unknown>;
  required?: boolean;
}

export type Values = Readonly<Record<string, unknown>>;

/** One kind of file: its columns, and how read cells become a typed row (or problems). */
export interface Layout<R> {
  kind: ImportKind;
  columns: readonly Column[];
  toRow(values: Values): R | CellProblem[];
}

export const normaliseHeader = (header: string): string =>
  header
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');

/** Where each column is in the file; problems when a required one is missing or a name is unknown or repeated. */
export const matchHeader = (
  layout: Layout<unknown>,
  header: readonly string[],
): { indexes: Map<string, number>; problems: RowProblem[] } => {
  const indexes = new Map<string, number>();
  const problems: RowProblem[] = [];
  const known = new Set(layout.columns.map((c) => c.name));
  header.forEach((raw, i) => {
    const name = normaliseHeader(raw);
    if (name === '') return;
    if (!known.has(name))
      problems.push({
        line: 1,
        column: raw,
        code: 'VALIDATION.UNKNOWN_COLUMN',
        message: `no column ${JSON.stringify(raw)} in a ${layout.kind} file`,
      });
    else if (indexes.has(name))
      problems.push({ line: 1, column: name, code: 'VALIDATION.DUPLICATE_COLUMN', message: `${name} appears twice` });
    else indexes.set(name, i);
  });
  for (const c of layout.columns)
    if (c.required && !indexes.has(c.name))
      problems.push({
        line: 1,
        column: c.name,
        code: 'VALIDATION.MISSING_COLUMN',
        message: `the header has no ${c.name} column`,
      });
  return { indexes, problems };
};

/**
 * One record as typed values: every cell is trimmed, an empty cell is absent, a required cell must
 * be there and every present cell must read as its column's type; then the layout's own rules.
 */
export const readRow = <R>(
  layout: Layout<R>,
  indexes: ReadonlyMap<string, number>,
  record: readonly string[],
): { row: R; values: Values } | { problems: CellProblem[] } => {
  const values: Record<string, unknown> = {};
  const problems: CellProblem[] = [];
  for (const column of layout.columns) {
    const index = indexes.get(column.name);
    const text = index === undefined ? '' : (record[index] ?? '').trim();
    if (text === '') {
      if (column.required)
        problems.push({ column: column.name, code: 'VALIDATION.REQUIRED', message: `${column.name} is required` });
      continue;
    }
    const cell = column.read(text);
    if (cell.ok) values[column.name] = cell.value;
    else problems.push({ column: column.name, code: cell.code, message: `${column.name}: ${cell.message}` });
  }
  if (problems.length) return { problems };
  const row = layout.toRow(values);
  return Array.isArray(row) ? { problems: row } : { row, values };
};

/**
 * The row's identity for idempotency: its kind and typed values, not its line or file. The same
 * person in two exports (dates written differently, columns in another order) is the same row.
 */
export const rowKeyOf = (kind: ImportKind, values: Values): string =>
  createHash('sha256')
    .update(canonicalJson([kind, values]))
    .digest('hex');

/** A problem for a cell that must be present because another one is. */
export const requiredWith = (column: string, other: string): CellProblem => ({
  column,
  code: 'VALIDATION.REQUIRED',
  message: `${column} is required when ${other} is given`,
});
