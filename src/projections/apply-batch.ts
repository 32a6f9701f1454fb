import type { DataSource } from 'typeorm';
import { comparePositions, type GlobalPosition, type RecordedEvent } from '../shared/event.js';
import { checkpoints } from './checkpoints.js';
import type { Projection, ProjectionContext } from './projection.js';

export type TableNamer = (table: string) => string;
export const liveTables: TableNamer = (table) => table;

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
    const ctx: ProjectionContext = { query: (sql, params) => tx.query(sql, params), table };
    for (const event of events) await projection.apply(event, ctx);
    await checkpoints.write(
      tx,
      checkpointName,
      events[events.length - 1].position,
      current.eventsApplied + events.length,
    );
    return true;
  });
}
