import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { withAmbientTransaction } from '../database/ambient-transaction.js';
import { EVENT_STORE, type EventStore } from '../event-store/event-store.port.js';
import { START, type GlobalPosition } from '../shared/event.js';
import { applyBatch, applyEvents, type TableNamer } from './apply-batch.js';
import { KnownInstants } from './bitemporal/known-instants.js';
import { createCopies, physicalTables } from './bitemporal/table-copies.js';
import { checkpoints } from './checkpoints.js';
import type { Projection } from './projection.js';
import { BATCH_SIZE } from './projection-runner.js';

export interface RebuildProgress {
  projection: string;
  eventsApplied: number;
}

const shadowName = (table: string) => `${table}__rebuild`;
const shadowCheckpoint = (name: string) => `${name}__rebuild`;

/**
 * Replays a projection from zero into shadow tables while the live tables keep serving, then
 * swaps the content in one transaction: readers see the old rows or the new ones, never half.
 */
@Injectable()
export class ProjectionRebuilder {
  constructor(
    private readonly db: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async rebuild(projection: Projection, onProgress?: (p: RebuildProgress) => void): Promise<RebuildProgress> {
    const shadow: TableNamer = (t) => (physicalTables(projection).includes(t) ? shadowName(t) : t);
    const cpName = shadowCheckpoint(projection.name);
    await this.db.transaction(async (tx) => {
      await createCopies(tx, projection, shadowName);
      await tx.query(`DELETE FROM projection_checkpoints WHERE name = $1`, [cpName]);
    });
    let position: GlobalPosition = START;
    let applied = 0;
    for (;;) {
      const batch = await this.store.readAll(position, BATCH_SIZE * 4);
      if (batch.events.length === 0) break;
      await applyBatch(this.db, projection, cpName, position, batch.events, shadow);
      position = batch.next;
      applied += batch.events.length;
      onProgress?.({ projection: projection.name, eventsApplied: applied });
      // A short batch means the shadow has reached the head. Reading on until a read comes back
      // empty would chase a steady stream of writes for ever; the swap applies what came since.
      if (batch.events.length < BATCH_SIZE * 4) break;
      // Lets requests and timers run between batches on the embedded engine (see ProjectionRunner).
      await new Promise((resolve) => setImmediate(resolve));
    }
    return this.swap(projection, shadow, position, applied);
  }

  private async swap(
    projection: Projection,
    shadow: TableNamer,
    position: GlobalPosition,
    applied: number,
  ): Promise<RebuildProgress> {
    // Events may arrive between the last shadow batch and the swap; read them after taking the
    // live checkpoint's lock (which stops the live loop) and apply them to the shadow first.
    return this.db.transaction((tx) =>
      withAmbientTransaction(tx, async () => {
        await checkpoints.lock(tx, projection.name);
        const known = new KnownInstants((await checkpoints.read(tx, shadowCheckpoint(projection.name))).knownThrough);
        for (;;) {
          const batch = await this.readAllWithin(position);
          await applyEvents(tx, projection, batch.events, shadow, known);
          applied += batch.events.length;
          position = batch.next;
          // Any position will do for the swap (the live loop goes on from it), so stop at the head
          // as last read rather than waiting for writers to pause.
          if (batch.events.length < BATCH_SIZE * 4) break;
        }
        for (const t of physicalTables(projection)) {
          await tx.query(`TRUNCATE ${t}`);
          await tx.query(`INSERT INTO ${t} SELECT * FROM ${shadowName(t)}`);
          await tx.query(`DROP TABLE ${shadowName(t)}`);
        }
        await checkpoints.write(tx, projection.name, position, applied, known.latest);
        await tx.query(`DELETE FROM projection_checkpoints WHERE name = $1`, [shadowCheckpoint(projection.name)]);
        return { projection: projection.name, eventsApplied: applied };
      }),
    );
  }

  private readAllWithin(position: GlobalPosition) {
    return this.store.readAll(position, BATCH_SIZE * 4);
  }
}
