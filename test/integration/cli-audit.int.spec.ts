import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { openDatabaseTarget } from '../../src/database/database-options.js';
import { PostgresEventStore } from '../../src/event-store/postgres/postgres-event-store.js';
import { realisticHistory, writeHistory } from '../support/realistic-history.js';
import { buildOnce, runCli } from '../support/server-process.js';

/**
 * `cadre verify` and `cadre replay-check` as operators run them, on an embedded data directory
 * (the CLI holds its lock, so the test opens the database only between commands).
 */
describe('cadre verify and replay-check (CLI, PGlite)', () => {
  let dir: string;
  let env: Record<string, string>;

  const withDatabase = async <T>(work: (db: DataSource) => Promise<T>): Promise<T> => {
    const target = await openDatabaseTarget({ dataDir: dir });
    const db = await new DataSource(target.options).initialize();
    try {
      return await work(db);
    } finally {
      await db.destroy();
      await target.dispose();
    }
  };

  beforeAll(async () => {
    buildOnce();
    dir = await mkdtemp(join(tmpdir(), 'cadre-cli-audit-'));
    env = { CADRE_DATA_DIR: dir, CADRE_ADMIN_PASSWORD: 'cli-test-admin-password' };
    expect((await runCli(['migrate'], env)).code).toBe(0);
    await withDatabase((db) =>
      writeHistory(new PostgresEventStore(db), realisticHistory(500), { peoplePerAppend: 20 }),
    );
    expect((await runCli(['rebuild'], env)).code).toBe(0);
  }, 300_000);
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('has help for both commands, saying what replay-check compares', async () => {
    const help = await runCli(['replay-check', '--help'], {});
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: cadre replay-check \[options\] \[names\.\.\.\]/);
    expect(help.stdout).toMatch(/up to its live checkpoint/);
    expect((await runCli(['verify', '--help'], {})).stdout).toMatch(/^Usage: cadre verify/);
  }, 300_000);

  it('replay-check finds every projection equal, even with events the projections have not yet applied', async () => {
    // No server runs: these events lie beyond every live checkpoint, so a replay to the head of the
    // log would differ from the live tables; a replay to the checkpoint must not.
    await withDatabase((db) =>
      writeHistory(new PostgresEventStore(db), realisticHistory(300, 2040), { peoplePerAppend: 20 }),
    );
    const result = await runCli(['replay-check'], env);
    expect(result.code).toBe(0);
    expect(result.stderr).not.toMatch(/differ/);
    expect(result.stdout).toMatch(/^stream-activity: equal \([\d,]+ events replayed up to \d+\/\d+ in [\d.]+ s\)$/m);
    expect(result.stdout).not.toMatch(/DIFFERENT/);
    const scratch = await withDatabase((db) =>
      db.query(`SELECT table_name FROM information_schema.tables WHERE table_name LIKE '%replay_check'`),
    );
    expect(scratch).toEqual([]);
  }, 300_000);

  it('replay-check names a read-model row edited by SQL and exits 1', async () => {
    const edited = await withDatabase(async (db) => {
      const [row]: { stream_id: string }[] = await db.query(`SELECT min(stream_id) AS stream_id FROM stream_activity`);
      await db.query(`UPDATE stream_activity SET event_count = event_count + 1 WHERE stream_id = $1`, [row.stream_id]);
      return row.stream_id;
    });
    const result = await runCli(['replay-check', 'stream-activity'], env);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^stream-activity: DIFFERENT/m);
    expect(result.stdout).toMatch(/^ {2}stream_activity: 1 row\(s\) only in live, 1 only in the replay$/m);
    expect(result.stdout).toMatch(new RegExp(`live only: .*"stream_id":"${edited}"`));
    expect(result.stdout).not.toMatch(/daily_activity/);
    expect(result.stderr).toMatch(/1 of 1 projection\(s\) differ from their replay: stream-activity/);

    const json = await runCli(['replay-check', 'stream-activity', '--json'], env);
    expect(json.code).toBe(1);
    const [check] = JSON.parse(json.stdout);
    expect(check).toMatchObject({ projection: 'stream-activity', equal: false });
    expect(check.differences).toEqual([
      expect.objectContaining({ table: 'stream_activity', onlyLive: 1, onlyReplay: 1 }),
    ]);

    const unknown = await runCli(['replay-check', 'no-such-projection'], env);
    expect(unknown.code).toBe(2);
  }, 300_000);

  it('verify exits 0 on the untouched store, then 1 naming the stream and version of an edited event', async () => {
    const ok = await runCli(['verify'], env);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^Verified [\d,]+ events in [\d,]+ streams in [\d.]+ s .*hold\.$/m);

    const tampered = await withDatabase(async (db) => {
      const [row]: { stream_id: string; stream_version: number }[] = await db.query(
        `SELECT stream_id, stream_version::int FROM events ORDER BY global_position LIMIT 1 OFFSET 100`,
      );
      await db.query(
        `UPDATE events SET data = jsonb_set(data, '{tampered}', 'true') WHERE stream_id = $1 AND stream_version = $2`,
        [row.stream_id, row.stream_version],
      );
      return row;
    });
    const bad = await runCli(['verify'], env);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/: 1 problem\(s\) found\.$/m);
    expect(bad.stdout).toContain(`hash-mismatch`);
    expect(bad.stdout).toContain(`${tampered.stream_id} @ version ${tampered.stream_version}:`);

    const json = await runCli(['verify', '--json'], env);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({
      ok: false,
      problems: [{ kind: 'hash-mismatch', streamId: tampered.stream_id, version: tampered.stream_version }],
    });
  }, 300_000);

  it('verify cannot run (exit 2) when the events are in KurrentDB', async () => {
    const result = await runCli(['verify'], { ...env, KURRENTDB_URL: 'kurrentdb://127.0.0.1:1?tls=false' });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^cadre: .*KurrentDB, whose log cadre does not hash-chain$/m);
  }, 300_000);
});
