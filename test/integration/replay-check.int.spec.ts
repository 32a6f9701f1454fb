import { PostgresEventStore } from '../../src/event-store/postgres/postgres-event-store.js';
import { applyBatch } from '../../src/projections/apply-batch.js';
import type { Projection } from '../../src/projections/projection.js';
import { ReplayChecker } from '../../src/projections/replay-check.js';
import { START } from '../../src/shared/event.js';
import { newEvent, uniqueStream } from '../support/events.js';
import { testDatabaseKinds, type TestDatabase } from '../support/test-database.js';

/** Counts events per stream; `failOn` makes one event type throw, as a broken projection would. */
const counting = (failOn?: string): Projection => ({
  name: 'rc-counts',
  tables: ['rc_counts'],
  async apply(event, ctx) {
    if (event.type === failOn) throw new Error(`cannot apply ${event.type}`);
    await ctx.query(
      `INSERT INTO ${ctx.table('rc_counts')} (stream_id, n) VALUES ($1, 1)
       ON CONFLICT (stream_id) DO UPDATE SET n = ${ctx.table('rc_counts')}.n + 1`,
      [event.streamId],
    );
  },
});

for (const kind of testDatabaseKinds()) {
  describe(`replay check on ${kind.name}`, () => {
    let db: TestDatabase;
    let store: PostgresEventStore;
    const streams = [uniqueStream('rc'), uniqueStream('rc'), uniqueStream('rc')];

    const scratchTables = async () =>
      db.dataSource.query(`SELECT table_name FROM information_schema.tables WHERE table_name LIKE 'rc_counts%'`);
    /** What the runner does: every event so far applied to the live table with its checkpoint. */
    const followLive = async (projection: Projection) => {
      const batch = await store.readAll(START, 10_000);
      await applyBatch(db.dataSource, projection, projection.name, START, batch.events);
    };

    beforeEach(async () => {
      db = await kind.open();
      store = new PostgresEventStore(db.dataSource);
      await db.dataSource.query(`CREATE TABLE rc_counts (stream_id text PRIMARY KEY, n int NOT NULL)`);
      for (const s of streams) await store.append(s, [newEvent('A'), newEvent('B'), newEvent('C')], 'no-stream');
    });
    afterEach(() => db.close());

    it('finds a projection that was never run equal to a replay of nothing', async () => {
      const result = await new ReplayChecker(db.dataSource, store).check(counting());
      expect(result).toEqual({
        projection: 'rc-counts',
        position: null,
        eventsReplayed: 0,
        equal: true,
        differences: [],
      });
    });

    it('replays only up to the live checkpoint, so events not yet applied live make no difference', async () => {
      await followLive(counting());
      await store.append(streams[0], [newEvent('D')], 2);
      await store.append(uniqueStream('rc'), [newEvent('A')], 'no-stream');
      const result = await new ReplayChecker(db.dataSource, store).check(counting());
      expect(result).toMatchObject({ equal: true, eventsReplayed: 9, differences: [] });
      expect(result.position).not.toBeNull();
      expect(await scratchTables()).toEqual([{ table_name: 'rc_counts' }]);
    });

    it('counts and shows rows only in live and only in the replay', async () => {
      await followLive(counting());
      await db.dataSource.query(`UPDATE rc_counts SET n = 5 WHERE stream_id = $1`, [streams[1]]);
      await db.dataSource.query(`DELETE FROM rc_counts WHERE stream_id = $1`, [streams[2]]);
      await db.dataSource.query(`INSERT INTO rc_counts VALUES ('rc-made-up', 1)`);
      const result = await new ReplayChecker(db.dataSource, store).check(counting());
      expect(result.equal).toBe(false);
      const [difference] = result.differences;
      expect(difference).toMatchObject({ table: 'rc_counts', onlyLive: 2, onlyReplay: 2 });
      expect(difference.sampleOnlyLive).toEqual(
        expect.arrayContaining([
          { stream_id: streams[1], n: 5 },
          { stream_id: 'rc-made-up', n: 1 },
        ]),
      );
      expect(difference.sampleOnlyReplay).toEqual(
        expect.arrayContaining([
          { stream_id: streams[1], n: 3 },
          { stream_id: streams[2], n: 3 },
        ]),
      );
      expect(await scratchTables()).toEqual([{ table_name: 'rc_counts' }]);
    });

    it('drops its scratch tables and leaves the live ones alone when the replay fails', async () => {
      await followLive(counting());
      const before = await db.dataSource.query(`SELECT * FROM rc_counts ORDER BY stream_id`);
      await expect(new ReplayChecker(db.dataSource, store).check(counting('C'))).rejects.toThrow('cannot apply C');
      expect(await scratchTables()).toEqual([{ table_name: 'rc_counts' }]);
      expect(await db.dataSource.query(`SELECT * FROM rc_counts ORDER BY stream_id`)).toEqual(before);
    });
  });
}
