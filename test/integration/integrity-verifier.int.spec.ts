import { IntegrityVerifier, type IntegrityReport } from '../../src/event-store/postgres/integrity-verifier.js';
import { PostgresEventStore } from '../../src/event-store/postgres/postgres-event-store.js';
import { newEvent, uniqueStream } from '../support/events.js';
import { testDatabaseKinds, type TestDatabase } from '../support/test-database.js';

const problemsOf = (report: IntegrityReport) => report.problems.map((p) => [p.kind, p.streamId, p.version]);

for (const kind of testDatabaseKinds()) {
  describe(`hash-chain verification on ${kind.name}`, () => {
    let db: TestDatabase;
    let verifier: IntegrityVerifier;
    const streams = [uniqueStream('a'), uniqueStream('b'), uniqueStream('c')];

    beforeEach(async () => {
      db = await kind.open();
      const store = new PostgresEventStore(db.dataSource);
      for (const s of streams) {
        await store.append(
          s,
          [newEvent('E', { n: 0, nested: { fte: 60, list: [1, 2] } }), newEvent('E', { n: 1 })],
          'no-stream',
        );
        await store.append(s, [newEvent('E', { n: 2 }), newEvent('E', { n: 3 })], 1);
      }
      verifier = new IntegrityVerifier(db.dataSource);
    });
    afterEach(() => db.close());

    const sql = (text: string, params: unknown[] = []) => db.dataSource.query(text, params);

    it('verifies an untouched store as ok', async () => {
      const report = await verifier.verify();
      expect(report).toEqual({ ok: true, eventsChecked: 12, streamsChecked: 3, problems: [] });
    });

    it('reports progress with the events checked so far, ending at the total', async () => {
      const seen: number[] = [];
      await verifier.verify((n) => seen.push(n));
      expect(seen.at(-1)).toBe(12);
    });

    it('names an event whose data was edited', async () => {
      await sql(`UPDATE events SET data = jsonb_set(data, '{n}', '99') WHERE stream_id = $1 AND stream_version = 2`, [
        streams[1],
      ]);
      const report = await verifier.verify();
      expect(report.ok).toBe(false);
      expect(problemsOf(report)).toEqual([['hash-mismatch', streams[1], 2]]);
    });

    it('names an event whose metadata (actor) was edited', async () => {
      await sql(
        `UPDATE events SET metadata = jsonb_set(metadata, '{actor}', '"mallory"') WHERE stream_id = $1 AND stream_version = 0`,
        [streams[0]],
      );
      expect(problemsOf(await verifier.verify())).toEqual([['hash-mismatch', streams[0], 0]]);
    });

    it('names a deleted event in the middle and at the end of a stream', async () => {
      await sql(`DELETE FROM events WHERE stream_id = $1 AND stream_version = 1`, [streams[2]]);
      await sql(`DELETE FROM events WHERE stream_id = $1 AND stream_version = 3`, [streams[0]]);
      const problems = problemsOf(await verifier.verify());
      expect(problems).toContainEqual(['missing-event', streams[2], 1]);
      expect(problems).toContainEqual(['broken-link', streams[2], 2]);
      expect(problems).toContainEqual(['head-mismatch', streams[0], 3]);
    });

    it('names two versions swapped', async () => {
      await sql(`UPDATE events SET stream_version = -1 WHERE stream_id = $1 AND stream_version = 1`, [streams[1]]);
      await sql(`UPDATE events SET stream_version = 1 WHERE stream_id = $1 AND stream_version = 2`, [streams[1]]);
      await sql(`UPDATE events SET stream_version = 2 WHERE stream_id = $1 AND stream_version = -1`, [streams[1]]);
      const problems = problemsOf(await verifier.verify());
      expect(problems).toContainEqual(['hash-mismatch', streams[1], 1]);
      expect(problems).toContainEqual(['hash-mismatch', streams[1], 2]);
    });

    it('names an inserted event', async () => {
      await sql(
        `INSERT INTO events (stream_id, stream_version, event_id, type, schema_version, data, metadata, recorded_at, prev_hash, hash)
         SELECT stream_id, 4, gen_random_uuid(), type, schema_version, data, metadata, recorded_at, hash, hash FROM events
         WHERE stream_id = $1 AND stream_version = 3`,
        [streams[2]],
      );
      const problems = problemsOf(await verifier.verify());
      expect(problems).toContainEqual(['hash-mismatch', streams[2], 4]);
      expect(problems).toContainEqual(['head-mismatch', streams[2], 3]);
    });

    it('names an event moved before its predecessor in the global order', async () => {
      await sql(`UPDATE events SET global_position = -global_position WHERE stream_id = $1 AND stream_version = 3`, [
        streams[0],
      ]);
      expect(problemsOf(await verifier.verify())).toContainEqual(['out-of-global-order', streams[0], 3]);
    });
  });
}
