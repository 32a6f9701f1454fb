/**
 * Known time for read models, kept by the database (the trigger function and the tables are created
 * by migrations, see migrations/support/bitemporal-tables.ts). Every bitemporal table `t` has the columns
 * `known_from` (when the row became known) and `known_to` (always NULL in `t`), and a twin
 * `t_history` with the same columns holding every superseded version with its `known_to`. A
 * trigger archives the old version on each UPDATE and DELETE, stamped with the instant the
 * projection is applying (`cadre.known_at`, set per event in the batch transaction), so
 * projections write plain SQL and "as known at k" is a union of two predicates.
 */
type Queryable = { query(sql: string, params?: unknown[]): Promise<unknown> };

export const historyTable = (table: string): string => `${table}_history`;

export const KNOWN_AT_SETTING = 'cadre.known_at';

/** `schema.table` → `table`. */
export const bare = (table: string): string => table.slice(table.indexOf('.') + 1);

/** Makes every change to `table` keep its superseded versions in `history` (a bare name, same schema). */
export async function attachHistoryTrigger(q: Queryable, table: string, history: string): Promise<void> {
  await q.query(
    `CREATE TRIGGER ${bare(table)}_keeps_history BEFORE INSERT OR UPDATE OR DELETE ON ${table}
     FOR EACH ROW EXECUTE FUNCTION cadre_keep_history('${history}')`,
  );
}
