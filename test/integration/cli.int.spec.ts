import { DataSource } from 'typeorm';
import { openDatabaseTarget } from '../../src/database/database-options.js';
import { PostgresEventStore } from '../../src/event-store/postgres/postgres-event-store.js';
import { realisticHistory, writeHistory } from '../support/realistic-history.js';
import { buildOnce, runCli, startServer } from '../support/server-process.js';
import { embeddedTarget, postgresTarget, type ProcessTarget } from '../support/cli-targets.js';

/**
 * The operators' CLI as operators run it (`npm run cli -- …` runs the same file): exit code 0 when
 * done, 1 when it found problems, 2 when it could not run, and a message saying why.
 */
const kinds: [string, () => Promise<ProcessTarget>][] = [['PGlite', () => embeddedTarget('cadre-cli')]];
if (process.env.TEST_DATABASE_URL) kinds.push(['PostgreSQL', () => postgresTarget(process.env.TEST_DATABASE_URL!)]);

beforeAll(() => buildOnce(), 300_000);

describe.each(kinds)('cadre CLI on %s', (_name, make) => {
  let target: ProcessTarget;
  let env: Record<string, string>;

  beforeAll(async () => {
    target = await make();
    env = { ...target.env, CADRE_ADMIN_PASSWORD: 'cli-test-admin-password' };
  }, 60_000);
  afterAll(() => target?.cleanup());

  it('migrate applies every migration, naming each, then finds nothing to do', async () => {
    const first = await runCli(['migrate'], env);
    expect(first).toMatchObject({ code: 0 });
    expect(first.stdout).toMatch(/^Applied EventStore1764460800001$/m);
    expect(first.stdout).toMatch(/^Applied AuditReadModel1764460800030$/m);
    const again = await runCli(['migrate'], env);
    expect(again).toMatchObject({ code: 0, stdout: 'Database is up to date: no migration to apply.\n' });
  }, 300_000);

  it('projections reports lag as a problem, and rebuild clears it with progress on stderr', async () => {
    const target = await openDatabaseTarget({ databaseUrl: env.DATABASE_URL, dataDir: env.CADRE_DATA_DIR ?? '' });
    const db = await new DataSource(target.options).initialize();
    const history = realisticHistory(3_000);
    await writeHistory(new PostgresEventStore(db), history, { peoplePerAppend: 20 });
    await db.destroy();
    await target.dispose();

    const behind = await runCli(['projections'], env);
    expect(behind.code).toBe(1);
    expect(behind.stdout).toMatch(/^PROJECTION\s+POSITION\s+EVENTS APPLIED\s+LAG\s+UPDATED$/m);
    expect(behind.stdout).toMatch(/^stream-activity\s+not started\s+0\s+\d+\s+-$/m);
    expect(behind.stderr).toMatch(/projection\(s\) behind: .*stream-activity/);

    const one = await runCli(['rebuild', 'stream-activity'], env);
    expect(one.code).toBe(0);
    expect(one.stdout).toMatch(/^stream-activity: rebuilt from [\d,]+ events in [\d.]+ s/m);
    const json = await runCli(['projections', '--json'], env);
    const statuses = JSON.parse(json.stdout) as { name: string; lag: number; eventsApplied: number }[];
    expect(statuses.find((s) => s.name === 'stream-activity')).toMatchObject({ lag: 0 });
    expect(statuses.find((s) => s.name === 'stream-activity')!.eventsApplied).toBeGreaterThanOrEqual(history.events);

    const all = await runCli(['rebuild'], env);
    expect(all.code).toBe(0);
    expect(all.stdout.trim().split('\n')).toHaveLength(statuses.length);
    expect(all.stderr).toMatch(/^[a-z-]+: [\d,]+ events applied, [\d,]+ events\/s$/m);
    expect(await runCli(['projections'], env)).toMatchObject({ code: 0, stderr: '' });
  }, 300_000);

  it('answers an unknown projection with exit code 2 and the names it knows', async () => {
    const result = await runCli(['rebuild', 'no-such-projection'], env);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/no projection named no-such-projection; known: .*stream-activity/);
  }, 300_000);
});

describe('cadre CLI without a usable database', () => {
  it('has --help on every command', async () => {
    const top = await runCli(['--help'], {});
    expect(top.code).toBe(0);
    expect(top.stdout).toMatch(/migrate[\s\S]*rebuild \[names\.\.\.\][\s\S]*projections/);
    for (const command of ['migrate', 'rebuild', 'projections']) {
      const help = await runCli([command, '--help'], {});
      expect(help).toMatchObject({ code: 0 });
      expect(help.stdout).toMatch(new RegExp(`^Usage: cadre ${command}`));
    }
  }, 300_000);

  it('exits 2 on bad configuration, an unknown command, or a database that does not answer', async () => {
    const badConfig = await runCli(['projections'], { PORT: 'not-a-port' });
    expect(badConfig.code).toBe(2);
    expect(badConfig.stderr).toMatch(/configuration error: PORT must be an integer/);
    expect((await runCli(['frobnicate'], {})).code).toBe(2);
    const down = {
      DATABASE_URL: 'postgres://postgres@127.0.0.1:1/cadre',
      CADRE_JWT_SECRET: 'x'.repeat(32),
      CADRE_MASTER_KEY: 'ab'.repeat(32),
    };
    const migrate = await runCli(['migrate'], down);
    expect(migrate.code).toBe(2);
    expect(migrate.stderr).toMatch(/could not open the database: .*ECONNREFUSED/);
    const rebuild = await runCli(['rebuild'], down);
    expect(rebuild.code).toBe(2);
    expect(rebuild.stderr).toMatch(/cadre: could not start: .*ECONNREFUSED/);
  }, 300_000);

  it('exits 2 and says why while a server holds the embedded data directory', async () => {
    const locked = await embeddedTarget('cadre-cli-locked');
    const dir = locked.env.CADRE_DATA_DIR;
    const server = await startServer({ CADRE_DATA_DIR: dir, CADRE_ADMIN_PASSWORD: 'cli-test-admin-password' });
    try {
      for (const command of ['migrate', 'projections', 'rebuild']) {
        const result = await runCli([command], { CADRE_DATA_DIR: dir });
        expect({ command, code: result.code }).toEqual({ command, code: 2 });
        expect(result.stderr).toMatch(new RegExp(`Data directory ${dir} is in use by process ${server.child.pid}`));
      }
    } finally {
      await server.stop();
      await locked.cleanup();
    }
  }, 300_000);
});
