import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { EVENT_COLUMNS } from '../src/event-store/postgres/event-row.js';
import { personEvent } from './append.bench.js';
import { seconds } from './report.js';

/** A plain pg client: no TypeORM, no cadre code between the bench and the database. */
interface RawClient {
  query(sql: string, params?: unknown[]): Promise<{ rows: Record<string, string>[] }>;
}

const SCRATCH = 'bench_raw_events';
const HASH = 'f'.repeat(64);

/**
 * Borrows `count` connections from the app's own pool (so on PGlite it is its one connection)
 * and hands out the raw pg clients under TypeORM's query runners.
 */
async function withRawClients<T>(db: DataSource, count: number, run: (clients: RawClient[]) => Promise<T>) {
  const runners = Array.from({ length: count }, () => db.createQueryRunner());
  try {
    const clients = (await Promise.all(runners.map((r) => r.connect()))) as RawClient[];
    return await run(clients);
  } finally {
    await Promise.all(runners.map((r) => r.release()));
  }
}

/**
 * The ceiling for appends: single-row INSERTs, each its own transaction (autocommit), of the
 * same rows cadre stores, into a table with the events table's columns, keys and indexes.
 */
export async function rawInsertCeiling(db: DataSource, connections: number, durationSeconds: number): Promise<number> {
  await db.query(`DROP TABLE IF EXISTS ${SCRATCH}`);
  await db.query(`DROP SEQUENCE IF EXISTS ${SCRATCH}_seq`);
  await db.query(`CREATE SEQUENCE ${SCRATCH}_seq`);
  await db.query(`CREATE TABLE ${SCRATCH} (LIKE events INCLUDING ALL)`);
  await db.query(`ALTER TABLE ${SCRATCH} ALTER COLUMN global_position SET DEFAULT nextval('${SCRATCH}_seq')`);
  try {
    return await withRawClients(db, connections, async (clients) => {
      let inserts = 0;
      const started = performance.now();
      const deadline = started + durationSeconds * 1000;
      await Promise.all(
        clients.map(async (client) => {
          let streamId = randomUUID();
          let n = 0;
          while (performance.now() < deadline) {
            const event = personEvent(streamId, n);
            await client.query(
              `INSERT INTO ${SCRATCH} (stream_id, stream_version, event_id, type, schema_version, data, metadata, recorded_at, prev_hash, hash)
               VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
              [
                `staff-${streamId}`,
                n,
                event.eventId,
                event.type,
                event.schemaVersion,
                JSON.stringify(event.data),
                JSON.stringify({ ...event.metadata, recordedAt: new Date().toISOString() }),
                new Date().toISOString(),
                HASH,
                HASH,
              ],
            );
            inserts++;
            if (++n === 100) [streamId, n] = [randomUUID(), 0];
          }
        }),
      );
      return inserts / seconds(started);
    });
  } finally {
    await db.query(`DROP TABLE IF EXISTS ${SCRATCH}`);
    await db.query(`DROP SEQUENCE IF EXISTS ${SCRATCH}_seq`);
  }
}

/**
 * The ceiling for global reads: the same rows and columns from the events table in the same
 * global order and batch size, by plain keyset pagination on its index, without the snapshot
 * guard against late commits and without mapping rows to events.
 */
export async function rawSelectCeiling(
  db: DataSource,
  batchSize: number,
): Promise<{ rows: number; perSecond: number }> {
  return withRawClients(db, 1, async ([client]) => {
    const started = performance.now();
    let [commit, prepare] = ['0', '0'];
    let rows = 0;
    for (;;) {
      const batch = await client.query(
        `SELECT ${EVENT_COLUMNS} FROM events
         WHERE (transaction_id, global_position) > ($1::text::xid8, $2::bigint)
         ORDER BY transaction_id, global_position LIMIT $3`,
        [commit, prepare, batchSize],
      );
      if (batch.rows.length === 0) break;
      rows += batch.rows.length;
      const last = batch.rows[batch.rows.length - 1];
      [commit, prepare] = [last.commit_position, last.prepare_position];
    }
    return { rows, perSecond: rows / seconds(started) };
  });
}
