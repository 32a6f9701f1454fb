import { DataSource } from 'typeorm';
import { PasswordHasher } from '../../src/auth/password-hasher.js';
import { openDatabaseTarget } from '../../src/database/database-options.js';
import { buildOnce, runCli } from '../support/server-process.js';
import { embeddedTarget, postgresTarget, type ProcessTarget } from '../support/cli-targets.js';

/**
 * `cadre users …` as an operator runs it: 0 done, 1 refused (with the code), 2 could not run.
 * Passwords are checked against the stored hashes, between commands (the CLI holds the embedded lock).
 */
// Each command boots the app (about 2 s of CPU), so CI runs these on the embedded default only:
// the SQL behind them runs on both databases in sql-user-directory.int.spec.ts and the
// user-management e2e. CADRE_TEST_CLI_ON_POSTGRES=1 adds PostgreSQL here too.
const kinds: [string, () => Promise<ProcessTarget>][] = [['PGlite', () => embeddedTarget('cadre-cli-users')]];
if (process.env.TEST_DATABASE_URL && process.env.CADRE_TEST_CLI_ON_POSTGRES === '1')
  kinds.push(['PostgreSQL', () => postgresTarget(process.env.TEST_DATABASE_URL!)]);

beforeAll(() => buildOnce(), 300_000);

describe('cadre users --help', () => {
  it('explains each subcommand and the exit codes', async () => {
    const subs = ['create', 'disable', 'enable', 'reset-password', 'list'];
    const helps = await Promise.all(subs.map((sub) => runCli(['users', sub, '--help'], {})));
    helps.forEach((help, i) => {
      expect(help.code).toBe(0);
      expect(help.stdout).toMatch(new RegExp(`^Usage: cadre users ${subs[i]} `));
      expect(help.stdout).toMatch(/Exit codes: 0 done, 1 refused/);
    });
  }, 60_000);
});

describe.each(kinds)('cadre users on %s', (_name, make) => {
  let target: ProcessTarget;
  let env: Record<string, string>;
  /** The stored account and its trail, per username, read with the CLI stopped. */
  const stored = async (...usernames: string[]) => {
    const database = await openDatabaseTarget({ databaseUrl: env.DATABASE_URL, dataDir: env.CADRE_DATA_DIR ?? '' });
    const db = await new DataSource(database.options).initialize();
    try {
      return await Promise.all(
        usernames.map(async (username) => {
          const [user] = await db.query(`SELECT password_hash, disabled FROM users WHERE username = $1`, [username]);
          const rows: { change: string; actor: string }[] = await db.query(
            `SELECT change, actor FROM user_changes WHERE username = $1 ORDER BY id`,
            [username],
          );
          return { user, trail: rows.map((r) => `${r.change} by ${r.actor}`) };
        }),
      );
    } finally {
      await db.destroy();
      await database.dispose();
    }
  };
  const hasher = new PasswordHasher();

  beforeAll(async () => {
    target = await make();
    env = { ...target.env, CADRE_ADMIN_PASSWORD: 'cli-test-admin-password' };
  }, 60_000);
  afterAll(() => target?.cleanup());

  let smithId = '';

  it('creates with a generated password or one from stdin, refusing taken names and weak passwords', async () => {
    const generated = await runCli(['users', 'create', 'J.Smith', '--role', 'hr', 'auditor'], env);
    expect(generated).toMatchObject({ code: 0 });
    const created = /^Created user "j\.smith" \(hr, auditor\), id ([0-9a-f-]{36})\.$/m.exec(generated.stdout);
    smithId = created?.[1] ?? '';
    const password = /^Password: (\S+)$/m.exec(generated.stdout)?.[1] ?? '';
    expect(password).toHaveLength(24);

    const args = ['users', 'create', 'k.jones', '--role', 'admin', '--password-stdin'];
    const fromStdin = await runCli(args, env, 300_000, 'plum-kettle-harbour\n');
    expect(fromStdin.code).toBe(0);
    expect(fromStdin.stdout).not.toMatch(/Password:/);

    const taken = await runCli(['users', 'create', 'j.smith', '--role', 'hr'], env);
    expect({ code: taken.code, stderr: taken.stderr }).toEqual({
      code: 1,
      stderr: 'cadre: USERS.USERNAME_TAKEN: The username "j.smith" is taken\n',
    });
    const weakArgs = ['users', 'create', 'l.brown', '--role', 'hr', '--password-stdin'];
    const weak = await runCli(weakArgs, env, 300_000, 'Password1234');
    expect(weak.code).toBe(1);
    expect(weak.stderr).toMatch(/^cadre: AUTH\.PASSWORD_TOO_COMMON: /);
    const badRole = await runCli(['users', 'create', 'l.brown', '--role', 'superuser'], env);
    expect(badRole.code).toBe(2);
    expect(badRole.stderr).toMatch(/Allowed choices are admin, hr, clinical-lead, auditor/);

    const [smith, jones, brown] = await stored('j.smith', 'k.jones', 'l.brown');
    expect(await hasher.verify(password, smith.user.password_hash)).toBe(true);
    expect(await hasher.verify('plum-kettle-harbour', jones.user.password_hash)).toBe(true);
    expect(smith.trail).toEqual([expect.stringMatching(/^created by cli:\S+$/)]);
    expect(brown.user).toBeUndefined();
  }, 300_000);

  it('disables, enables and resets a password by username or id, and lists the accounts', async () => {
    expect((await runCli(['users', 'disable', 'j.smith'], env)).stdout).toMatch(/^Disabled "j\.smith": /);
    const table = await runCli(['users', 'list'], env);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^USERNAME\s+ROLES\s+STATUS\s+CREATED\s+PASSWORD CHANGED\s+ID$/m);
    expect(table.stdout).toMatch(/^admin\s+admin\s+enabled\s/m);
    expect(table.stdout).toMatch(new RegExp(`^j\\.smith\\s+hr,auditor\\s+disabled\\s.*${smithId}$`, 'm'));
    expect((await runCli(['users', 'enable', smithId.toUpperCase()], env)).code).toBe(0);

    const resetArgs = ['users', 'reset-password', 'j.smith', '--password-stdin'];
    expect(await runCli(resetArgs, env, 300_000, 'a new passphrase here\n')).toMatchObject({ code: 0 });
    const unknown = await runCli(['users', 'disable', 'nobody'], env);
    expect({ code: unknown.code, stderr: unknown.stderr }).toEqual({
      code: 1,
      stderr: 'cadre: USERS.NOT_FOUND: No user is called "nobody"\n',
    });

    const [smith] = await stored('j.smith');
    expect(smith.user.disabled).toBe(false);
    expect(await hasher.verify('a new passphrase here', smith.user.password_hash)).toBe(true);
    expect(smith.trail.map((t) => t.split(' ')[0])).toEqual(['created', 'disabled', 'enabled', 'password-reset']);
  }, 300_000);

  it('says it could not run (2) when the configuration is wrong', async () => {
    const result = await runCli(['users', 'list'], { ...env, CADRE_JWT_TTL_SECONDS: 'soon' });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/CADRE_JWT_TTL_SECONDS/);
  }, 60_000);
});
