import type { DataSource, EntityManager } from 'typeorm';
import { GENESIS_HASH, eventHash } from '../hash-chain.js';

export type IntegrityProblemKind =
  | 'hash-mismatch'
  | 'broken-link'
  | 'missing-event'
  | 'unexpected-version'
  | 'out-of-global-order'
  | 'head-mismatch'
  | 'stream-without-events'
  | 'events-without-stream';

export interface IntegrityProblem {
  kind: IntegrityProblemKind;
  streamId: string;
  version: number | null;
  message: string;
}

export interface IntegrityReport {
  ok: boolean;
  eventsChecked: number;
  streamsChecked: number;
  problems: IntegrityProblem[];
}

interface Row {
  stream_id: string;
  stream_version: string;
  event_id: string;
  type: string;
  schema_version: number;
  data: unknown;
  metadata: unknown;
  prev_hash: string;
  hash: string;
  commit_position: string;
  prepare_position: string;
}

interface StreamCursor {
  streamId: string;
  expectedVersion: number;
  lastHash: string;
  lastCommit: bigint;
  lastPrepare: bigint;
}

type Queryable = Pick<EntityManager, 'query'>;

const PAGE = 5000;
/** Problems listed at most: a wholesale edit would otherwise list every event. */
export const MAX_PROBLEMS = 1000;

/**
 * Walks every stream in version order, recomputing each event's hash from its stored content and
 * its predecessor: an edited, deleted, inserted or reordered row breaks a link and is named by
 * stream and version. Streams are also checked against their heads and against the global order.
 */
export class IntegrityVerifier {
  constructor(private readonly db: DataSource) {}

  /**
   * One read-only snapshot for the whole walk: appends committed meanwhile (a running server)
   * would otherwise show a head ahead of the events read before it. A read-only transaction takes
   * no transaction id, so it does not hold back the projections' `pg_snapshot_xmin` guard.
   * `onProgress` is called after each page with the events checked so far.
   */
  verify(onProgress?: (eventsChecked: number) => void): Promise<IntegrityReport> {
    return this.db.transaction('REPEATABLE READ', async (tx) => {
      await tx.query('SET TRANSACTION READ ONLY');
      return this.walk(tx, onProgress);
    });
  }

  private async walk(db: Queryable, onProgress?: (eventsChecked: number) => void): Promise<IntegrityReport> {
    const heads = await this.heads(db);
    const problems: IntegrityProblem[] = [];
    const report = (p: IntegrityProblem) => problems.length < MAX_PROBLEMS && problems.push(p);
    let cursor: StreamCursor | null = null;
    let eventsChecked = 0;
    let streamsChecked = 0;
    const finish = (c: StreamCursor) => {
      streamsChecked++;
      const head = heads.get(c.streamId);
      heads.delete(c.streamId);
      if (!head)
        return report({
          kind: 'events-without-stream',
          streamId: c.streamId,
          version: null,
          message: 'Events exist for a stream with no head row',
        });
      if (head.version !== c.expectedVersion - 1 || head.lastHash !== c.lastHash)
        report({
          kind: 'head-mismatch',
          streamId: c.streamId,
          version: head.version,
          message: `Stream head says version ${head.version} but the events end at ${c.expectedVersion - 1}, or the last hash differs`,
        });
    };
    // The next page is fetched while this one is hashed: the database and the hashing overlap.
    let next: Promise<Row[]> | null = this.page(db, null);
    while (next) {
      const rows: Row[] = await next;
      const last = rows[rows.length - 1];
      next = rows.length < PAGE ? null : this.page(db, [last.stream_id, last.stream_version]);
      for (const row of rows) {
        const version = Number(row.stream_version);
        if (!cursor || cursor.streamId !== row.stream_id) {
          if (cursor) finish(cursor);
          cursor = {
            streamId: row.stream_id,
            expectedVersion: 0,
            lastHash: GENESIS_HASH,
            lastCommit: -1n,
            lastPrepare: -1n,
          };
        }
        this.checkEvent(cursor, row, version, report);
        eventsChecked++;
      }
      if (next) onProgress?.(eventsChecked);
    }
    if (cursor) finish(cursor);
    for (const [streamId, head] of heads)
      if (head.version >= 0)
        report({
          kind: 'stream-without-events',
          streamId,
          version: head.version,
          message: 'The stream head exists but its events are gone',
        });
    onProgress?.(eventsChecked);
    return { ok: problems.length === 0, eventsChecked, streamsChecked, problems };
  }

  private checkEvent(c: StreamCursor, row: Row, version: number, report: (p: IntegrityProblem) => void): void {
    const streamId = row.stream_id;
    if (version !== c.expectedVersion)
      report(
        version > c.expectedVersion
          ? {
              kind: 'missing-event',
              streamId,
              version: c.expectedVersion,
              message: `Versions ${c.expectedVersion}..${version - 1} are missing`,
            }
          : {
              kind: 'unexpected-version',
              streamId,
              version,
              message: `Version ${version} appears after ${c.expectedVersion - 1}`,
            },
      );
    if (row.prev_hash !== c.lastHash)
      report({
        kind: 'broken-link',
        streamId,
        version,
        message: 'The stored predecessor hash does not match the previous event',
      });
    const recomputed = eventHash(row.prev_hash, {
      streamId,
      streamVersion: version,
      eventId: row.event_id,
      type: row.type,
      schemaVersion: row.schema_version,
      data: row.data,
      metadata: row.metadata,
    });
    if (recomputed !== row.hash)
      report({
        kind: 'hash-mismatch',
        streamId,
        version,
        message: 'The event content does not match its hash (edited after it was stored)',
      });
    const commit = BigInt(row.commit_position);
    const prepare = BigInt(row.prepare_position);
    if (commit < c.lastCommit || (commit === c.lastCommit && prepare <= c.lastPrepare))
      report({
        kind: 'out-of-global-order',
        streamId,
        version,
        message: 'The event precedes its predecessor in the global order',
      });
    c.expectedVersion = version + 1;
    c.lastHash = row.hash;
    c.lastCommit = commit;
    c.lastPrepare = prepare;
  }

  private page(db: Queryable, after: [string, string] | null): Promise<Row[]> {
    return db.query(
      `SELECT stream_id, stream_version::text, event_id, type, schema_version, data, metadata, prev_hash, hash,
              transaction_id::text AS commit_position, global_position::text AS prepare_position
       FROM events ${after ? 'WHERE (stream_id, stream_version) > ($2, $3::bigint)' : ''}
       ORDER BY stream_id, events.stream_version LIMIT $1`,
      after ? [PAGE, after[0], after[1]] : [PAGE],
    );
  }

  private async heads(db: Queryable): Promise<Map<string, { version: number; lastHash: string }>> {
    const rows: { stream_id: string; version: string; last_hash: string }[] = await db.query(
      `SELECT stream_id, version::text, last_hash FROM streams`,
    );
    return new Map(rows.map((r) => [r.stream_id, { version: Number(r.version), lastHash: r.last_hash }]));
  }
}
