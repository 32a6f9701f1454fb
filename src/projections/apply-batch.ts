import type { DataSource, EntityManager } from 'typeorm';
import { comparePositions, type GlobalPosition, type RecordedEvent } from '../shared/event.js';
import { KNOWN_AT_SETTING } from './bitemporal/history-sql.js';
import { KnownInstants } from './bitemporal/known-instants.js';
import { checkpoints } from './checkpoints.js';
import { scrubErasedPerson } from './personal-scrub.js';
import type { Projection, ProjectionContext } from './projection.js';

export type TableNamer = (table: string) => string;
export const liveTables: TableNamer = (table) => table;

type Queryable = Pick<EntityManager, 'query'>;

/**
 * Applies events in order inside the caller's transaction. For projections with known time, the
 * instant each event becomes known is set for the history trigger before it is applied.
 */
export async function applyEvents(
  tx: Queryable,
  projection: Projection,
  events: readonly RecordedEvent[],
  table: TableNamer,
  known: KnownInstants,
): Promise<void> {
  const ctx: ProjectionContext = { query: (sql, params) => tx.query(sql, params), table };
  const keepsHistory = (projection.bitemporal?.length ?? 0) > 0;
  let set: string | null = null;
  for (const event of events) {
    const instant = known.next(event);
    if (keepsHistory && instant !== set) {
      await tx.query(`SELECT set_config('${KNOWN_AT_SETTING}', $1, true)`, [instant]);
      set = instant;
    }
    await projection.apply(event, ctx);
    await scrubErasedPerson(tx, projection, event, table);
  }
}

/**
 * Applies a batch and moves the checkpoint in one transaction, so a crash can neither skip nor
 * repeat an event. Returns false (and changes nothing) when the checkpoint is no longer `from`,
 * which happens when a rebuild swapped the tables in between: the caller re-reads and retries.
 */
export async function applyBatch(
  db: DataSource,
  projection: Projection,
  checkpointName: string,
  from: GlobalPosition,
  events: RecordedEvent[],
  table: TableNamer = liveTables,
): Promise<boolean> {
  if (events.length === 0) return true;
  return db.transaction(async (tx) => {
    const current = await checkpoints.lock(tx, checkpointName);
    if (comparePositions(current.position, from) !== 0) return false;
    const known = new KnownInstants(current.knownThrough);
    await applyEvents(tx, projection, events, table, known);
    await checkpoints.write(
      tx,
      checkpointName,
      events[events.length - 1].position,
      current.eventsApplied + events.length,
      known.latest,
    );
    return true;
  });
}
