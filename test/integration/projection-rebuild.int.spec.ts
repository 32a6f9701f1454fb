import { Client } from 'pg';
import { EVENT_STORE, type EventStore } from '../../src/event-store/event-store.port.js';
import { ProjectionRebuilder } from '../../src/projections/projection-rebuilder.js';
import { ProjectionRegistry } from '../../src/projections/projection-registry.js';
import { ProjectionStatusService } from '../../src/projections/projection-status.service.js';
import { checkStreamActivityConsistent, snapshotOf } from '../support/projection-snapshot.js';
import { realisticHistory, writeHistory } from '../support/realistic-history.js';
import { startTestApp, testDatabaseKinds, type TestApp } from '../support/test-app.js';

/**
 * Issue 2 item 7: a rebuild replays from zero into fresh tables and swaps them in without serving
 * half-built data, on a running app whose live runner keeps following.
 */
describe.each(testDatabaseKinds())('projection rebuild on $name', (kind) => {
  let t: TestApp;
  let store: EventStore;
  let rebuilder: ProjectionRebuilder;
  const embedded = kind.name === 'PGlite';

  const caughtUp = async () => {
    const status = t.app.get(ProjectionStatusService);
    const deadline = Date.now() + 180_000;
    for (;;) {
      const all = await status.list();
      if (all.every((p) => p.lag === 0 && p.lastError === null)) return;
      if (Date.now() > deadline) throw new Error(`projections did not catch up: ${JSON.stringify(all)}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };

  const write = (events: number) =>
    writeHistory(store, realisticHistory(events, events), embedded ? { peoplePerAppend: 5 } : { lanes: 4 });

  beforeAll(async () => {
    t = await startTestApp(kind);
    store = t.app.get(EVENT_STORE);
    rebuilder = t.app.get(ProjectionRebuilder);
    await write(embedded ? 1_000 : 2_000);
    await caughtUp();
  }, 300_000);

  afterAll(async () => {
    await t?.close();
  });

  it('gives every registered projection the rows it had from following live', async () => {
    const projections = t.app.get(ProjectionRegistry).all();
    expect(projections.map((p) => p.name)).toContain('stream-activity');
    for (const projection of projections) {
      const live = await snapshotOf(t.dataSource, projection);
      const result = await rebuilder.rebuild(projection);
      expect(result.eventsApplied).toBeGreaterThan(0);
      expect({ projection: projection.name, tables: await snapshotOf(t.dataSource, projection) }).toEqual({
        projection: projection.name,
        tables: live,
      });
    }
  }, 300_000);

  it('misses nothing that arrives while it rebuilds', async () => {
    const projection = t.app.get(ProjectionRegistry).get('stream-activity');
    let writing = true;
    let rounds = 0;
    const writer = (async () => {
      while (writing) {
        await write(60);
        rounds++;
        // The embedded engine answers in microtasks: give timers (and the test) a turn.
        await new Promise((r) => setImmediate(r));
      }
    })();
    await new Promise((r) => setTimeout(r, 200));
    await rebuilder.rebuild(projection);
    // Keep writing a little after the swap, so events land on both sides of it.
    const roundsAtSwap = rounds;
    while (rounds < roundsAtSwap + 2) await new Promise((r) => setTimeout(r, 20));
    writing = false;
    await writer;
    expect(roundsAtSwap).toBeGreaterThan(0);
    await caughtUp();
    const [{ n }]: { n: number }[] = await t.dataSource.query(`SELECT count(*)::int AS n FROM events`);
    const check = await checkStreamActivityConsistent(t.dataSource);
    expect(check.eventsApplied).toBe(n);
    const live = await snapshotOf(t.dataSource, projection);
    await rebuilder.rebuild(projection);
    expect(await snapshotOf(t.dataSource, projection)).toEqual(live);
  }, 300_000);

  it('never shows readers an empty or partly filled table while it swaps', async () => {
    const projection = t.app.get(ProjectionRegistry).get('stream-activity');
    await caughtUp();
    const count = async (query: (sql: string) => Promise<{ n: number }[]>) => {
      const [streams] = await query(`SELECT count(*)::int AS n FROM stream_activity`);
      const [events] = await query(`SELECT coalesce(sum(event_count), 0)::int AS n FROM stream_activity`);
      return { streams: streams.n, events: events.n };
    };
    // Real PostgreSQL readers use connections of their own; embedded, they share the app's one.
    const reader =
      kind.name === 'PostgreSQL'
        ? new Client({ connectionString: (t.dataSource.options as { url?: string }).url })
        : null;
    await reader?.connect();
    const query = reader
      ? async (sql: string) => (await reader.query(sql)).rows as { n: number }[]
      : (sql: string) => t.dataSource.query(sql) as Promise<{ n: number }[]>;
    try {
      const before = await count(query);
      expect(before.streams).toBeGreaterThan(0);
      const seen: { streams: number; events: number }[] = [];
      let rebuilding = true;
      const reading = (async () => {
        while (rebuilding) seen.push(await count(query));
      })();
      await rebuilder.rebuild(projection);
      rebuilding = false;
      await reading;
      expect(seen.length).toBeGreaterThan(reader ? 3 : 0);
      // Nothing is written meanwhile, so every reading is exactly the old table.
      expect(seen.filter((s) => s.streams !== before.streams || s.events !== before.events)).toEqual([]);
    } finally {
      await reader?.end();
    }
  }, 300_000);
});
