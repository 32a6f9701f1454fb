import type { EntityManager } from 'typeorm';
import { DomainError } from '../../shared/domain-error.js';
import type { GlobalPosition } from '../../shared/event.js';
import { VERSION_CONFLICT, type ExpectedVersion, type StreamAppend } from '../event-store.port.js';
import { GENESIS_HASH, eventHash } from '../hash-chain.js';

/** Rows per INSERT: large enough to amortise the round trip, small enough for the parameter arrays. */
const INSERT_CHUNK = 2000;

interface Head {
  version: number;
  lastHash: string;
}

interface Row {
  streamId: string;
  streamVersion: number;
  eventId: string;
  type: string;
  schemaVersion: number;
  data: string;
  metadata: string;
  prevHash: string;
  hash: string;
}

/**
 * Many appends in one transaction the caller opened, in order: the streams are locked once (in a
 * fixed order), every append's expected version is checked against the version the appends
 * before it left, and the events are inserted in bulk in the order given, so the global order is
 * the order the appends were decided in. Any failed check throws before anything is inserted.
 */
export async function appendBatchInTransaction(
  tx: EntityManager,
  batch: StreamAppend[][],
  recordedAt: string,
  onProgress?: (appendsDone: number) => void,
): Promise<{ position: GlobalPosition; events: number }> {
  const heads = await lockStreams(tx, batch);
  const rows: Row[] = [];
  for (const appends of batch) {
    for (const { streamId, events, expected } of appends) {
      const head = heads.get(streamId)!;
      if (!holds(expected, head.version)) throw conflict(streamId, expected, head.version);
      for (const event of events) {
        const streamVersion = head.version + 1;
        const metadata = { ...event.metadata, recordedAt };
        const hash = eventHash(head.lastHash, { ...event, streamId, streamVersion, metadata });
        rows.push({
          streamId,
          streamVersion,
          eventId: event.eventId,
          type: event.type,
          schemaVersion: event.schemaVersion,
          data: JSON.stringify(event.data),
          metadata: JSON.stringify(metadata),
          prevHash: head.lastHash,
          hash,
        });
        head.version = streamVersion;
        head.lastHash = hash;
      }
    }
  }
  let last: GlobalPosition | null = null;
  let appendsDone = 0;
  const appendsPerRow = batch.length / Math.max(rows.length, 1);
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
    last = await insertRows(tx, rows.slice(i, i + INSERT_CHUNK), recordedAt);
    appendsDone = Math.min(batch.length, Math.round((i + INSERT_CHUNK) * appendsPerRow));
    onProgress?.(appendsDone);
  }
  const streamIds = [...heads.keys()];
  await tx.query(
    `UPDATE streams s SET version = u.version, last_hash = u.last_hash
     FROM unnest($1::text[], $2::bigint[], $3::text[]) AS u(stream_id, version, last_hash)
     WHERE s.stream_id = u.stream_id`,
    [streamIds, streamIds.map((id) => heads.get(id)!.version), streamIds.map((id) => heads.get(id)!.lastHash)],
  );
  if (!last) throw new DomainError('EVENT_STORE.EMPTY_APPEND', 'Nothing to append', 'invalid');
  return { position: last, events: rows.length };
}

const holds = (expected: ExpectedVersion, version: number): boolean =>
  expected === 'any' || (expected === 'no-stream' ? version === -1 : expected === version);

/**
 * Creates the streams that the first append to them expects not to exist, and locks every stream
 * of the batch (sorted, so two batches cannot deadlock). A stream expected new that exists, or
 * expected to exist that does not, is a conflict.
 */
async function lockStreams(tx: EntityManager, batch: StreamAppend[][]): Promise<Map<string, Head>> {
  const firstExpected = new Map<string, ExpectedVersion>();
  for (const appends of batch)
    for (const a of appends) if (!firstExpected.has(a.streamId)) firstExpected.set(a.streamId, a.expected);
  const ids = [...firstExpected.keys()].sort();
  const fresh = ids.filter((id) => firstExpected.get(id) !== undefined && typeof firstExpected.get(id) !== 'number');
  const created = new Set<string>();
  for (let i = 0; i < fresh.length; i += INSERT_CHUNK) {
    const chunk = fresh.slice(i, i + INSERT_CHUNK);
    const rows: { stream_id: string }[] = await tx.query(
      `INSERT INTO streams (stream_id, version, last_hash) SELECT id, -1, $2 FROM unnest($1::text[]) AS id
       ON CONFLICT (stream_id) DO NOTHING RETURNING stream_id`,
      [chunk, GENESIS_HASH],
    );
    for (const r of rows) created.add(r.stream_id);
  }
  const heads = new Map<string, Head>();
  for (let i = 0; i < ids.length; i += INSERT_CHUNK) {
    const rows: { stream_id: string; version: string; last_hash: string }[] = await tx.query(
      `SELECT stream_id, version::text, last_hash FROM streams WHERE stream_id = ANY($1::text[])
       ORDER BY stream_id FOR UPDATE`,
      [ids.slice(i, i + INSERT_CHUNK)],
    );
    for (const r of rows) heads.set(r.stream_id, { version: Number(r.version), lastHash: r.last_hash });
  }
  for (const id of ids) {
    const expected = firstExpected.get(id)!;
    const head = heads.get(id);
    // A stream another writer created meanwhile exists with a version of its own: a conflict.
    if (expected === 'no-stream' && !created.has(id)) throw conflict(id, expected, head?.version ?? null);
    if (!head) throw conflict(id, expected, null);
  }
  return heads;
}

async function insertRows(tx: EntityManager, rows: Row[], recordedAt: string): Promise<GlobalPosition> {
  const inserted: { commit_position: string; prepare_position: string }[] = await tx.query(
    `INSERT INTO events (stream_id, stream_version, event_id, type, schema_version, data, metadata, recorded_at, prev_hash, hash)
     SELECT s, v, i, t, sv, d, m, $10::timestamptz, p, h
     FROM unnest($1::text[], $2::bigint[], $3::uuid[], $4::text[], $5::int[], $6::jsonb[], $7::jsonb[], $8::text[], $9::text[])
       AS u(s, v, i, t, sv, d, m, p, h)
     RETURNING transaction_id::text AS commit_position, global_position::text AS prepare_position`,
    [
      rows.map((r) => r.streamId),
      rows.map((r) => r.streamVersion),
      rows.map((r) => r.eventId),
      rows.map((r) => r.type),
      rows.map((r) => r.schemaVersion),
      rows.map((r) => r.data),
      rows.map((r) => r.metadata),
      rows.map((r) => r.prevHash),
      rows.map((r) => r.hash),
      recordedAt,
    ],
  );
  const last = inserted.reduce((a, b) => (BigInt(b.prepare_position) > BigInt(a.prepare_position) ? b : a));
  return { commit: BigInt(last.commit_position), prepare: BigInt(last.prepare_position) };
}

const conflict = (streamId: string, expected: ExpectedVersion, actual: number | null): DomainError =>
  new DomainError(
    VERSION_CONFLICT,
    `Stream ${streamId} is at version ${actual ?? 'none'}, expected ${expected}`,
    'conflict',
    { streamId, expected, actual },
  );
