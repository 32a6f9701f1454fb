import type { ReadCut } from '../../shared/read-cut.js';
import { historyTable } from './history-sql.js';

/**
 * Builds the SQL for reading bitemporal read-model tables at a cut. Parameters are appended to
 * the caller's list, so a query mixes its own `$n` with these freely:
 *
 * ```ts
 * const p = new SqlParams();
 * const sql = `SELECT … FROM ${rowsAt(STAFF_VIEW_TABLE, cut, p)} s WHERE s.borough = ${p.add(borough)}`;
 * await db.query(sql, p.values);
 * ```
 */
export class SqlParams {
  readonly values: unknown[] = [];

  /** Adds a value and returns its placeholder, with a cast when one is given (`::date`). */
  add(value: unknown, cast = ''): string {
    this.values.push(value);
    return `$${this.values.length}${cast}`;
  }
}

export interface RowsAtOptions {
  /**
   * True for tables whose rows are effective-dated (`valid_from` inclusive, `valid_to` exclusive,
   * NULL open): without `asAt` the open row (everything known, whatever its date) is read; with it,
   * the row holding on that date. False for tables whose rows carry their own dates and whose
   * queries cut them themselves.
   */
  validTime?: boolean;
}

/** The valid-time condition on `alias` for the cut, or null when the table has no valid time. */
const validCondition = (cut: ReadCut, params: SqlParams, validTime: boolean): string | null => {
  if (!validTime) return null;
  if (cut.asAt === undefined) return 'valid_to IS NULL';
  const on = params.add(cut.asAt, '::date');
  return `valid_from <= ${on} AND (valid_to IS NULL OR valid_to > ${on})`;
};

/**
 * A FROM item (a parenthesised subquery, or the table itself) for `table`'s rows at `cut`. With
 * `knownAt`, versions superseded after that instant come from the history twin and versions
 * recorded after it are left out.
 */
export const rowsAt = (table: string, cut: ReadCut, params: SqlParams, options: RowsAtOptions = {}): string => {
  const valid = validCondition(cut, params, options.validTime ?? true);
  if (cut.knownAt === undefined) return valid ? `(SELECT * FROM ${table} WHERE ${valid})` : table;
  const k = params.add(cut.knownAt, '::timestamptz');
  const and = valid ? ` AND ${valid}` : '';
  return `(SELECT * FROM ${table} WHERE known_from <= ${k}${and}
    UNION ALL SELECT * FROM ${historyTable(table)} WHERE known_from <= ${k} AND known_to > ${k}${and})`;
};
