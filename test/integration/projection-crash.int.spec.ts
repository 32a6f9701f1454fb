import { Client } from 'pg';
import { PostgresEventStore } from '../../src/event-store/postgres/postgres-event-store.js';
import { FixedClock } from '../../src/shared/clock.js';
import {
  checkStreamActivityConsistent,
  expectEveryReadModelEqualToItsRebuild,
} from '../support/projection-snapshot.js';
import { realisticHistory, writeHistory } from '../support/realistic-history.js';
import {
  embeddedKind,
  postgresKind,
  serverEnv,
  statuses,
  waitFor,
  withDatabase,
  type Kind,
} from '../support/crash-harness.js';
import { buildOnce, startServer, type ServerProcess } from '../support/server-process.js';

/**
 * Issue 2, "Done when": killing the server (SIGKILL) in the middle of a projection batch and
 * starting it again leaves every read model equal to a rebuild from zero. The real server runs as
 * a child process on a database the test fills directly through the event store.
 *
 * Shown able to fail: with the checkpoint committed in a transaction of its own after the rows, or
 * with the rows applied outside any transaction, this suite fails on both databases.
 */

// The embedded engine costs about a millisecond a statement and applies every projection on one
// connection: 3,000 events there still make 6 batches of 500 per projection, and 6,000 on
// PostgreSQL make 12, enough for kills to land part-way, at a test time the CI budget allows (the
// final comparison rebuilds every projection from zero).
const EVENTS = { PGlite: 3_000, PostgreSQL: 6_000 };
/** Kills that must land part-way through the history, each followed by a consistency check. */
const KILLS = 3;

const kinds: [Kind['name'], () => Promise<Kind>][] = [['PGlite', embeddedKind]];
if (process.env.TEST_DATABASE_URL) kinds.push(['PostgreSQL', () => postgresKind(process.env.TEST_DATABASE_URL!)]);
else console.warn('projection crash test on PostgreSQL skipped: TEST_DATABASE_URL is not set');

describe.each(kinds)('SIGKILL during a projection batch on %s', (_name, make) => {
  let kind: Kind;
  let total: number;
  let server: ServerProcess | undefined;

  beforeAll(async () => {
    buildOnce();
    kind = await make();
    total = await withDatabase(kind, async (db) => {
      await db.runMigrations({ transaction: 'each' });
      // Recorded over many days, so the per-day model has more than one row per type and actor.
      const clock = new (class extends FixedClock {
        override now() {
          this.advance(17 * 60_000);
          return super.now();
        }
      })(new Date('2016-04-01T08:00:00Z'));
      const history = realisticHistory(EVENTS[kind.name]);
      await writeHistory(
        new PostgresEventStore(db, clock),
        history,
        kind.name === 'PostgreSQL' ? { lanes: 8 } : { peoplePerAppend: 50 },
      );
      const [{ n }]: { n: number }[] = await db.query(`SELECT count(*)::int AS n FROM events`);
      expect(n).toBe(history.events);
      return n;
    });
  }, 300_000);

  afterEach(async () => {
    await server?.kill('SIGKILL');
    server = undefined;
  });

  afterAll(async () => {
    await kind?.cleanup();
  });

  it('keeps rows and checkpoint in step when killed mid-batch, and ends equal to a rebuild from zero', async () => {
    let applied = 0;
    let midwayKills = 0;
    // Every kill is checked, including any that lands before the runner got anywhere.
    for (let attempt = 1; midwayKills < KILLS; attempt++) {
      if (attempt > KILLS * 3) throw new Error(`only ${midwayKills} of ${attempt - 1} kills landed part-way`);
      server = await startServer({ ...serverEnv(kind), LOG_LEVEL: 'debug' }, { waitForHealth: false });
      const s = server;
      await moveOn(kind, s, applied);
      const exit = await s.kill('SIGKILL');
      expect(exit.signal).toBe('SIGKILL');
      server = undefined;
      const check = await withDatabase(kind, checkStreamActivityConsistent);
      expect(check.eventsApplied).toBeGreaterThanOrEqual(applied);
      if (check.eventsApplied >= total) throw new Error('stream-activity caught up before the kill; write more events');
      if (check.eventsApplied > applied) midwayKills++;
      applied = check.eventsApplied;
    }

    if (kind.name === 'PostgreSQL') applied = await killWhileCheckpointIsLocked(kind, applied, total);

    // The embedded server starts listening only once its backlog is nearly applied: allow for it.
    server = await startServer(serverEnv(kind), { timeoutMs: 600_000 });
    const s = server;
    await waitFor(
      'every projection to catch up',
      async () => {
        const all = await statuses(s);
        // The server may append on start (the initial plan), so "caught up" is no lag, not a count.
        if (all.length > 0 && all.every((p) => p.eventsApplied >= total && p.lag === 0)) return all;
        throw new Error(JSON.stringify(all.map((p) => [p.name, p.eventsApplied, p.lag, p.lastError])));
      },
      s,
    );
    await s.stop();
    server = undefined;

    const final = await withDatabase(kind, checkStreamActivityConsistent);
    expect(final.eventsApplied).toBeGreaterThanOrEqual(total);
    // About one stream per 12 events of the realistic history: every person and cohort was projected.
    expect(final.streams).toBeGreaterThan(EVENTS[kind.name] / 20);
    await expectEveryReadModelEqualToItsRebuild({ ...serverEnv(kind), LOG_LEVEL: 'error' });
  }, 1_200_000);
});

/**
 * Returns at a moment when the server is most likely applying a stream-activity batch, after it
 * has committed beyond `applied`. On PostgreSQL the test watches the checkpoint, measures how
 * long a batch takes and returns part-way into the next one. The embedded engine cannot be opened
 * while the server holds it, and its API is no use as a probe: requests queue for its one
 * connection behind every projection's batches, so signing in alone can outlast the whole
 * backlog on a quiet machine. There the server runs at debug level and the test returns as soon
 * as it logs a committed stream-activity batch: the next one is under way, however fast or slow
 * the machine is.
 */
async function moveOn(kind: Kind, server: ServerProcess, applied: number): Promise<void> {
  if (kind.name === 'PGlite') {
    await waitFor(
      'stream-activity to commit a batch',
      async () => (batchesLogged(server.output(), 'stream-activity') > 0 ? true : undefined),
      server,
    );
    return;
  }
  const watcher = new Client({ connectionString: kind.env.DATABASE_URL });
  await watcher.connect();
  try {
    const progressAfter = (after: number) =>
      waitFor(
        'stream-activity to commit a batch',
        async () => {
          const { rows } = await watcher.query(
            `SELECT events_applied::int AS n FROM projection_checkpoints WHERE name = 'stream-activity'`,
          );
          const now = (rows[0]?.n as number | undefined) ?? 0;
          return now > after ? now : undefined;
        },
        server,
      );
    const first = await progressAfter(applied);
    const started = Date.now();
    await progressAfter(first);
    const batchMs = Date.now() - started;
    await new Promise((r) => setTimeout(r, batchMs * (0.2 + 0.6 * Math.random())));
  } finally {
    await watcher.end();
  }
}

/** How many batches of `projection` the server has logged as applied (at LOG_LEVEL=debug). */
function batchesLogged(output: string, projection: string): number {
  const complete = output.split('\n').slice(0, -1);
  return complete.filter((line) => {
    if (!line.startsWith('{')) return false;
    const entry = JSON.parse(line) as { message?: string; projection?: string };
    return entry.message === 'Projection batch applied' && entry.projection === projection;
  }).length;
}

/**
 * PostgreSQL only: the test holds the stream-activity checkpoint row locked, so the server's next
 * batch waits at the point where its rows and checkpoint must commit together, and is killed
 * there. Rows committed ahead of their checkpoint (a checkpoint written outside the batch
 * transaction) would show up deterministically here rather than only when a kill lands by chance.
 */
async function killWhileCheckpointIsLocked(kind: Kind, applied: number, total: number): Promise<number> {
  const holder = new Client({ connectionString: kind.env.DATABASE_URL });
  await holder.connect();
  try {
    await holder.query('BEGIN');
    await holder.query(`SELECT 1 FROM projection_checkpoints WHERE name = 'stream-activity' FOR UPDATE`);
    const server = await startServer(serverEnv(kind));
    try {
      await waitFor(
        'a batch to wait on the checkpoint lock',
        async () => {
          const [{ n }] = (
            await holder.query(
              `SELECT count(*)::int AS n FROM pg_stat_activity
             WHERE datname = current_database() AND pid <> pg_backend_pid() AND wait_event_type = 'Lock'`,
            )
          ).rows as { n: number }[];
          return n > 0 ? n : undefined;
        },
        server,
      );
      // Let a wrongly ordered runner get as far as it can before the kill.
      await new Promise((r) => setTimeout(r, 300));
    } finally {
      await server.kill('SIGKILL');
    }
    await holder.query('ROLLBACK');
  } finally {
    await holder.end();
  }
  const check = await withDatabase(kind, checkStreamActivityConsistent);
  expect(check.eventsApplied).toBe(applied);
  expect(check.eventsApplied).toBeLessThan(total);
  return check.eventsApplied;
}
