import type { DataSource, EntityManager } from 'typeorm';
import { withAmbientTransaction } from '../database/ambient-transaction.js';
import type { EventStore } from '../event-store/event-store.port.js';
import { START, comparePositions, type GlobalPosition, type RecordedEvent } from '../shared/event.js';
import { applyEvents } from './apply-batch.js';
import { KnownInstants } from './bitemporal/known-instants.js';
import { createCopies, dropCopies, physicalTables } from './bitemporal/table-copies.js';
import { checkpoints } from './checkpoints.js';
import type { Projection } from './projection.js';
import { BATCH_SIZE } from './projection-runner.js';

export interface TableDifference {
  table: string;
  /** Rows (counted with multiplicity) in the live table and not in the replay, and the reverse. */
  onlyLive: number;
  onlyReplay: number;
  /** The first few of each, as JSON objects ordered by their text. */
  sampleOnlyLive: Record<string, unknown>[];
  sampleOnlyReplay: Record<string, unknown>[];
}

export interface ReplayCheckResult {
  projection: string;
  /** The live checkpoint the replay stopped at (null: the projection has never applied an event). */
  position: GlobalPosition | null;
  eventsReplayed: number;
  equal: boolean;
  /** Only the tables that differ. */
  differences: TableDifference[];
}

export interface ReplayCheckProgress {
  projection: string;
  eventsReplayed: number;
  /** Events the live projection had applied when the check began: the replay's rough goal. */
  eventsLive: number;
}

const SAMPLE = 10;
const READ = BATCH_SIZE * 4;
export const scratchName = (table: string): string => `${table}__replay_check`;

type Queryable = Pick<EntityManager, 'query'>;

/**
 * Replays a projection from zero into scratch tables, up to the live checkpoint, and compares
 * them row for row with the live tables, which it never touches. Catching up to the checkpoint
 * and comparing happen under the checkpoint's lock (as a rebuild's swap does), so a server
 * applying events meanwhile cannot make the two sides describe different positions.
 */
export class ReplayChecker {
  constructor(
    private readonly db: DataSource,
    private readonly store: EventStore,
  ) {}

  async check(projection: Projection, onProgress?: (p: ReplayCheckProgress) => void): Promise<ReplayCheckResult> {
    const scratch = (t: string) => (physicalTables(projection).includes(t) ? scratchName(t) : t);
    const start = await checkpoints.read(this.db, projection.name);
    const progress = { projection: projection.name, eventsReplayed: 0, eventsLive: start.eventsApplied };
    const known = new KnownInstants();
    try {
      await this.db.transaction((tx) => createCopies(tx, projection, scratchName, { unlogged: true }));
      // Most of the log is replayed outside any lock, in batches like the runner's.
      let position: GlobalPosition = START;
      for (;;) {
        const events = await this.eventsUpTo(position, start.position);
        if (events.length === 0) break;
        await this.db.transaction((tx) => applyEvents(tx, projection, events, scratch, known));
        position = events[events.length - 1].position;
        progress.eventsReplayed += events.length;
        onProgress?.({ ...progress });
        await new Promise((resolve) => setImmediate(resolve));
      }
      return await this.db.transaction((tx) =>
        withAmbientTransaction(tx, async () => {
          const live = await lockedCheckpoint(tx, projection.name);
          for (;;) {
            const events = await this.eventsUpTo(position, live ?? START);
            if (events.length === 0) break;
            await applyEvents(tx, projection, events, scratch, known);
            position = events[events.length - 1].position;
            progress.eventsReplayed += events.length;
          }
          onProgress?.({ ...progress });
          const differences: TableDifference[] = [];
          for (const table of physicalTables(projection)) {
            const difference = await compare(tx, table);
            if (difference.onlyLive || difference.onlyReplay) differences.push(difference);
          }
          return {
            projection: projection.name,
            position: live,
            eventsReplayed: progress.eventsReplayed,
            equal: differences.length === 0,
            differences,
          };
        }),
      );
    } finally {
      await dropCopies(this.db, projection, scratchName);
    }
  }

  /** The next batch after `from`, cut at `upTo` (inclusive). */
  private async eventsUpTo(from: GlobalPosition, upTo: GlobalPosition): Promise<RecordedEvent[]> {
    if (comparePositions(from, upTo) >= 0) return [];
    const batch = await this.store.readAll(from, READ);
    return batch.events.filter((e) => comparePositions(e.position, upTo) <= 0);
  }
}

/** Locks the live checkpoint (the runner waits for it) without creating one where none is. */
async function lockedCheckpoint(tx: Queryable, name: string): Promise<GlobalPosition | null> {
  const rows: { commit: string; prepare: string }[] = await tx.query(
    `SELECT commit_position::text AS commit, prepare_position::text AS prepare
     FROM projection_checkpoints WHERE name = $1 FOR UPDATE`,
    [name],
  );
  if (!rows.length) return null;
  const position = { commit: BigInt(rows[0].commit), prepare: BigInt(rows[0].prepare) };
  return comparePositions(position, START) === 0 ? null : position;
}

/** Rows compared as jsonb (every column, by name), counted with multiplicity both ways. */
async function compare(tx: Queryable, table: string): Promise<TableDifference> {
  const oneWay = async (from: string, minus: string) => {
    const rows: { row: Record<string, unknown>; n: string }[] = await tx.query(
      `SELECT d.row, count(*) OVER () AS n
       FROM (SELECT to_jsonb(a) AS row FROM ${from} a EXCEPT ALL SELECT to_jsonb(b) FROM ${minus} b) AS d
       ORDER BY d.row::text LIMIT ${SAMPLE}`,
    );
    return { count: rows.length ? Number(rows[0].n) : 0, sample: rows.map((r) => r.row) };
  };
  const live = await oneWay(table, scratchName(table));
  const replay = await oneWay(scratchName(table), table);
  return {
    table,
    onlyLive: live.count,
    onlyReplay: replay.count,
    sampleOnlyLive: live.sample,
    sampleOnlyReplay: replay.sample,
  };
}
