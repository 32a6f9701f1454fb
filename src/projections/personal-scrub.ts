import { ERASED, PERSONAL_DATA_ERASED } from '../personal-data/domain/personal-fields.js';
import type { RecordedEvent } from '../shared/event.js';
import { historyTable } from './bitemporal/history-sql.js';
import type { PersonalColumns, Projection } from './projection.js';

type Queryable = { query(sql: string, params?: unknown[]): Promise<unknown> };

const SCRUBBING = 'cadre.scrubbing';

/** `value` with the strings under any of `keys`, at any depth, replaced by `[erased]`. */
export const scrubbedJson = (value: unknown, keys: ReadonlySet<string>): unknown => {
  if (Array.isArray(value)) return value.map((v) => scrubbedJson(v, keys));
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [k, keys.has(k) && typeof v === 'string' ? ERASED : scrubbedJson(v, keys)]),
  );
};

/**
 * When a person's data is erased (ADR 0080), every value a projection copied out of their events
 * reads `[erased]`, in the tables and in their history twins, as a rebuild from the events (whose
 * values now open as `[erased]`) would make them: rows are rewritten in place, keeping their
 * known time, and the history trigger archives nothing while `cadre.scrubbing` is on.
 */
export async function scrubErasedPerson(
  tx: Queryable,
  projection: Projection,
  event: RecordedEvent,
  table: (name: string) => string,
): Promise<void> {
  if (event.type !== PERSONAL_DATA_ERASED || !projection.personal?.length) return;
  const staffId = event.data.staffId as string;
  await tx.query(`SELECT set_config('${SCRUBBING}', 'on', true)`);
  for (const columns of projection.personal) {
    const keepsHistory = projection.bitemporal?.includes(columns.table) ?? false;
    for (const t of [columns.table, ...(keepsHistory ? [historyTable(columns.table)] : [])])
      await scrubTable(tx, table(t), columns, staffId);
  }
  await tx.query(`SELECT set_config('${SCRUBBING}', 'off', true)`);
}

async function scrubTable(tx: Queryable, table: string, columns: PersonalColumns, staffId: string): Promise<void> {
  const person = columns.person;
  if (columns.text?.length) {
    const sets = columns.text.map((c) => `${c} = CASE WHEN ${c} IS NULL THEN NULL ELSE $2 END`).join(', ');
    await tx.query(`UPDATE ${table} SET ${sets} WHERE ${person} = $1`, [staffId, ERASED]);
  }
  for (const { column, keys } of columns.json ?? []) {
    const rows = (await tx.query(`SELECT ctid::text AS at, ${column} AS value FROM ${table} WHERE ${person} = $1`, [
      staffId,
    ])) as { at: string; value: unknown }[];
    const names = new Set(keys);
    for (const row of rows) {
      const scrubbed = scrubbedJson(row.value, names);
      if (JSON.stringify(scrubbed) !== JSON.stringify(row.value))
        await tx.query(`UPDATE ${table} SET ${column} = $2::jsonb WHERE ctid = $1::tid`, [
          row.at,
          JSON.stringify(scrubbed),
        ]);
    }
  }
}
