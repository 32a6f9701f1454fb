import type { DataSource, EntityManager } from 'typeorm';
import { systemClock, type Clock } from '../../shared/clock.js';
import { DomainError } from '../../shared/domain-error.js';
import type { GlobalPosition, NewEvent, RecordedEvent } from '../../shared/event.js';
import {
  EVENT_ID_REUSED,
  VERSION_CONFLICT,
  type AppendResult,
  type EventStore,
  type ExpectedVersion,
  type ReadAllBatch,
  type ReadStreamOptions,
  type StreamAppend,
  type SubscribeOptions,
} from '../event-store.port.js';
import { GENESIS_HASH, eventHash } from '../hash-chain.js';
import { subscribeByPolling } from '../subscribe-by-polling.js';
import { ambientTransaction } from '../../database/ambient-transaction.js';
import { appendBatchInTransaction } from './batch-append.js';
import { EVENT_COLUMNS, toRecordedEvent, type EventRow } from './event-row.js';

const UNIQUE_VIOLATION = '23505';

/** The event store on PostgreSQL (and on embedded PGlite, which speaks the same SQL). */
export class PostgresEventStore implements EventStore {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock = systemClock,
  ) {}

  async append(streamId: string, events: NewEvent[], expected: ExpectedVersion): Promise<AppendResult> {
    const [result] = await this.appendMulti([{ streamId, events, expected }]);
    return result;
  }

  async appendMulti(appends: StreamAppend[]): Promise<AppendResult[]> {
    if (appends.some((a) => a.events.length === 0))
      throw new DomainError('EVENT_STORE.EMPTY_APPEND', 'Nothing to append', 'invalid');
    try {
      return await this.db.transaction((tx) => this.appendInTransaction(tx, appends));
    } catch (error) {
      // A retry racing its own first attempt loses on the stream lock or the event id index;
      // if the first attempt stored every event, the retry gets the first outcome.
      const isConflict = error instanceof DomainError && error.code === VERSION_CONFLICT;
      if (isConflict || (error as { code?: string }).code === UNIQUE_VIOLATION) {
        const replay = await this.replayOf(this.db.manager, appends);
        if (replay) return replay;
      }
      throw error;
    }
  }

  /** Many appends in order as one transaction (imports): see `EventStore.appendBatch`. */
  appendBatch(
    batch: StreamAppend[][],
    onProgress?: (appendsDone: number) => void,
  ): Promise<{ position: GlobalPosition; events: number }> {
    if (batch.some((appends) => appends.length === 0 || appends.some((a) => a.events.length === 0)))
      throw new DomainError('EVENT_STORE.EMPTY_APPEND', 'Nothing to append', 'invalid');
    const recordedAt = this.clock.now().toISOString();
    return this.db.transaction((tx) => appendBatchInTransaction(tx, batch, recordedAt, onProgress));
  }

  /** Appends inside a transaction the caller owns (a projection or a test holding it open). */
  appendUsing(tx: EntityManager, appends: StreamAppend[]): Promise<AppendResult[]> {
    return this.appendInTransaction(tx, appends);
  }

  private async appendInTransaction(tx: EntityManager, appends: StreamAppend[]): Promise<AppendResult[]> {
    const replay = await this.replayOf(tx, appends);
    if (replay) return replay;
    const recordedAt = this.clock.now().toISOString();
    // Lock streams in a fixed order so two multi-stream appends cannot deadlock.
    const order = appends.map((_, i) => i).sort((a, b) => appends[a].streamId.localeCompare(appends[b].streamId));
    const results: AppendResult[] = new Array(appends.length);
    for (const i of order) results[i] = await this.appendOne(tx, appends[i], recordedAt);
    return results;
  }

  private async appendOne(
    tx: EntityManager,
    { streamId, events, expected }: StreamAppend,
    recordedAt: string,
  ): Promise<AppendResult> {
    const head = await this.lockStream(tx, streamId, expected);
    let prevHash = head.lastHash;
    const rows = events.map((event, i) => {
      const streamVersion = head.version + 1 + i;
      const metadata = { ...event.metadata, recordedAt };
      const hash = eventHash(prevHash, { ...event, streamId, streamVersion, metadata });
      const row = { streamVersion, event, metadata, prevHash, hash };
      prevHash = hash;
      return row;
    });
    const inserted: { commit_position: string; prepare_position: string }[] = await tx.query(
      `INSERT INTO events (stream_id, stream_version, event_id, type, schema_version, data, metadata, recorded_at, prev_hash, hash)
       SELECT $1, * FROM unnest($2::bigint[], $3::uuid[], $4::text[], $5::int[], $6::jsonb[], $7::jsonb[], $8::timestamptz[], $9::text[], $10::text[])
       RETURNING transaction_id::text AS commit_position, global_position::text AS prepare_position`,
      [
        streamId,
        rows.map((r) => r.streamVersion),
        rows.map((r) => r.event.eventId),
        rows.map((r) => r.event.type),
        rows.map((r) => r.event.schemaVersion),
        rows.map((r) => JSON.stringify(r.event.data)),
        rows.map((r) => JSON.stringify(r.metadata)),
        rows.map(() => recordedAt),
        rows.map((r) => r.prevHash),
        rows.map((r) => r.hash),
      ],
    );
    const nextExpectedVersion = head.version + events.length;
    await tx.query(`UPDATE streams SET version = $2, last_hash = $3 WHERE stream_id = $1`, [
      streamId,
      nextExpectedVersion,
      prevHash,
    ]);
    const last = inserted.reduce((a, b) => (BigInt(b.prepare_position) > BigInt(a.prepare_position) ? b : a));
    return {
      nextExpectedVersion,
      position: { commit: BigInt(last.commit_position), prepare: BigInt(last.prepare_position) },
      idempotentReplay: false,
    };
  }

  /** Compare-and-set under a row lock: a concurrent writer waits, then sees the new version. */
  private async lockStream(
    tx: EntityManager,
    streamId: string,
    expected: ExpectedVersion,
  ): Promise<{ version: number; lastHash: string }> {
    if (expected === 'no-stream' || expected === 'any') {
      const created: unknown[] = await tx.query(
        `INSERT INTO streams (stream_id, version, last_hash) VALUES ($1, -1, $2) ON CONFLICT (stream_id) DO NOTHING RETURNING stream_id`,
        [streamId, GENESIS_HASH],
      );
      if (created.length === 1) return { version: -1, lastHash: GENESIS_HASH };
      if (expected === 'no-stream') throw conflictError(streamId, expected, null);
    }
    const rows: { version: string; last_hash: string }[] = await tx.query(
      `SELECT version::text, last_hash FROM streams WHERE stream_id = $1 FOR UPDATE`,
      [streamId],
    );
    const actual = rows.length ? Number(rows[0].version) : null;
    if (actual === null || (expected !== 'any' && actual !== expected)) throw conflictError(streamId, expected, actual);
    return { version: actual, lastHash: rows[0].last_hash };
  }

  /** The first outcome of an append whose events are all stored already, or null if none are. */
  private async replayOf(db: Pick<EntityManager, 'query'>, appends: StreamAppend[]): Promise<AppendResult[] | null> {
    const ids = appends.flatMap((a) => a.events.map((e) => e.eventId));
    const found: EventRow[] = await db.query(`SELECT ${EVENT_COLUMNS} FROM events WHERE event_id = ANY($1::uuid[])`, [
      ids,
    ]);
    if (found.length === 0) return null;
    const byId = new Map(found.map((row) => [row.event_id, toRecordedEvent(row)]));
    const results = appends.map(({ streamId, events }) => {
      const stored = events.map((e) => byId.get(e.eventId));
      if (stored.some((s) => !s || s.streamId !== streamId))
        throw new DomainError(
          EVENT_ID_REUSED,
          `Some event ids of this append are already stored elsewhere`,
          'conflict',
        );
      const last = stored[stored.length - 1] as RecordedEvent;
      return { nextExpectedVersion: last.streamVersion, position: last.position, idempotentReplay: true };
    });
    return results;
  }

  async readStream(
    streamId: string,
    { fromVersion = 0, toVersion, recordedUpTo }: ReadStreamOptions = {},
  ): Promise<RecordedEvent[]> {
    // Qualified: a bare `stream_version` in ORDER BY names the text output column, so 10 sorted before 2.
    const rows: EventRow[] = await this.reader().query(
      `SELECT ${EVENT_COLUMNS} FROM events
       WHERE stream_id = $1 AND stream_version >= $2
         AND ($3::bigint IS NULL OR stream_version <= $3) AND ($4::timestamptz IS NULL OR recorded_at <= $4)
       ORDER BY events.stream_version`,
      [streamId, fromVersion, toVersion ?? null, recordedUpTo?.toISOString() ?? null],
    );
    return rows.map(toRecordedEvent);
  }

  async eventById(eventId: string): Promise<RecordedEvent | null> {
    const rows: EventRow[] = await this.reader().query(`SELECT ${EVENT_COLUMNS} FROM events WHERE event_id = $1`, [
      eventId,
    ]);
    return rows.length ? toRecordedEvent(rows[0]) : null;
  }

  async streamVersion(streamId: string): Promise<number | null> {
    const rows: { version: string }[] = await this.reader().query(
      `SELECT version::text FROM streams WHERE stream_id = $1`,
      [streamId],
    );
    return rows.length && Number(rows[0].version) >= 0 ? Number(rows[0].version) : null;
  }

  /**
   * Reads in (transaction id, sequence) order and only below the oldest transaction still in
   * flight, so an event whose transaction commits late is read later, never skipped.
   */
  async readAll(from: GlobalPosition, limit: number): Promise<ReadAllBatch> {
    const started = from.commit >= 0n;
    const rows: EventRow[] = await this.reader().query(
      `SELECT ${EVENT_COLUMNS} FROM events
       WHERE transaction_id < pg_snapshot_xmin(pg_current_snapshot())
         ${started ? 'AND (transaction_id, global_position) > ($2::text::xid8, $3::bigint)' : ''}
       ORDER BY transaction_id, global_position
       LIMIT $1`,
      started ? [limit, from.commit.toString(), from.prepare.toString()] : [limit],
    );
    const events = rows.map(toRecordedEvent);
    return { events, next: events.length ? events[events.length - 1].position : from };
  }

  async countAfter(from: GlobalPosition, cap: number): Promise<number> {
    const started = from.commit >= 0n;
    const [{ n }]: { n: number }[] = await this.reader().query(
      `SELECT count(*)::int AS n FROM (
         SELECT 1 FROM events
         ${started ? 'WHERE (transaction_id, global_position) > ($2::text::xid8, $3::bigint)' : ''}
         LIMIT $1) AS behind`,
      started ? [cap + 1, from.commit.toString(), from.prepare.toString()] : [cap + 1],
    );
    return n;
  }

  subscribeToAll(from: GlobalPosition, options?: SubscribeOptions): AsyncIterable<RecordedEvent> {
    return subscribeByPolling(this, from, options);
  }

  private reader(): Pick<EntityManager, 'query'> {
    return ambientTransaction() ?? this.db.manager;
  }

  async close(): Promise<void> {
    // The DataSource belongs to whoever opened it.
  }
}

const conflictError = (streamId: string, expected: ExpectedVersion, actual: number | null): DomainError =>
  new DomainError(
    VERSION_CONFLICT,
    `Stream ${streamId} is at version ${actual ?? 'none'}, expected ${expected}`,
    'conflict',
    { streamId, expected, actual },
  );
