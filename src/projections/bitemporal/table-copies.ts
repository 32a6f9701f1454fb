import type { Projection } from '../projection.js';
import { attachHistoryTrigger, bare, historyTable } from './history-sql.js';

type Queryable = { query(sql: string, params?: unknown[]): Promise<unknown> };

/** Every table a projection fills: its own, and the history twins of those that keep known time. */
export const physicalTables = (projection: Projection): string[] => [
  ...projection.tables,
  ...(projection.bitemporal ?? []).map(historyTable),
];

/**
 * Fresh empty copies of every physical table of `projection`, named by `copyName` (shadow tables
 * for a rebuild, scratch tables for a replay check or a test oracle), with the history triggers
 * wired copy to copy, so the projection's own code fills them exactly as it fills the live ones.
 */
export async function createCopies(
  q: Queryable,
  projection: Projection,
  copyName: (table: string) => string,
  options: { unlogged?: boolean } = {},
): Promise<void> {
  for (const table of physicalTables(projection)) {
    await q.query(`DROP TABLE IF EXISTS ${copyName(table)}`);
    await q.query(
      `CREATE ${options.unlogged ? 'UNLOGGED ' : ''}TABLE ${copyName(table)} (LIKE ${table} INCLUDING ALL)`,
    );
  }
  for (const table of projection.bitemporal ?? []) {
    await attachHistoryTrigger(q, copyName(table), bare(copyName(historyTable(table))));
  }
}

export async function dropCopies(q: Queryable, projection: Projection, copyName: (table: string) => string) {
  for (const table of physicalTables(projection)) await q.query(`DROP TABLE IF EXISTS ${copyName(table)}`);
}
