#!/usr/bin/env node
import { Command, CommanderError, Option } from 'commander';
import { ROLES, type Role } from '../auth/roles.js';
import { CouldNotRun, EXIT, processIo } from './cli-context.js';
import { exportCommand, type ExportOptions } from './export.command.js';
import { importCommand, type ImportCommandOptions } from './import.command.js';
import { keysRewrapCommand } from './keys.command.js';
import { migrateCommand } from './migrate.command.js';
import { planLoadCommand, type PlanLoadOptions } from './plan-load.command.js';
import { projectionsCommand } from './projections.command.js';
import { rebuildCommand } from './rebuild.command.js';
import { replayCheckCommand } from './replay-check.command.js';
import {
  createUserCommand,
  listUsersCommand,
  readAllStdin,
  resetPasswordCommand,
  setDisabledCommand,
  type UsersCommandDeps,
} from './users.command.js';
import { verifyCommand } from './verify.command.js';

const ENVIRONMENT_HELP = `
Configured like the server: DATABASE_URL (PostgreSQL) or CADRE_DATA_DIR (embedded, default ./data),
KURRENTDB_URL, CADRE_JWT_SECRET, CADRE_MASTER_KEY. The embedded data directory allows one process at a time: stop the
server first, or use the HTTP API (POST /api/admin/projections/rebuild) while it runs.

Exit codes: 0 done, 1 problems found, 2 could not run (bad configuration, database down, data directory in use).`;

const run = (command: () => Promise<number>) => async () => {
  try {
    process.exitCode = await command();
  } catch (error) {
    const message = error instanceof CouldNotRun ? error.message : `could not run: ${(error as Error).message}`;
    processIo.err(`cadre: ${message}`);
    process.exitCode = EXIT.couldNotRun;
  }
};

const program = new Command('cadre')
  .description("cadre operators' commands")
  .exitOverride((error: CommanderError) => process.exit(error.exitCode === 0 ? EXIT.done : EXIT.couldNotRun))
  .addHelpText('after', ENVIRONMENT_HELP)
  .showHelpAfterError();

program
  .command('migrate')
  .description('Apply pending database migrations and name each one applied')
  .action(run(() => migrateCommand(process.env, processIo)));

program
  .command('rebuild')
  .description('Replay projections from position zero into fresh tables, then swap them in')
  .argument('[names...]', 'projections to rebuild (default: all)')
  .addHelpText('after', '\nPrints progress (events applied, rate) on stderr every second.')
  .action((names: string[]) => run(() => rebuildCommand(names, process.env, processIo))());

program
  .command('projections')
  .description("List each projection's checkpoint and lag (exit code 1 when any is behind)")
  .option('--json', 'print JSON instead of a table')
  .action((options: { json?: boolean }) => run(() => projectionsCommand(options, process.env, processIo))());

program
  .command('export')
  .description('Write events as JSON Lines with their hashes: one stream, a time range of recorded-at, or all')
  .option('--stream <id>', 'only this stream, e.g. staff-<uuid>')
  .option('--from <instant>', 'recorded at or after this ISO instant')
  .option('--to <instant>', 'recorded before this ISO instant')
  .option('--out <file>', 'write to this file instead of stdout')
  .addHelpText('after', '\nCheck an export offline with: node scripts/verify-export.mjs <file> (see docs/audit.md).')
  .action((options: ExportOptions) => run(() => exportCommand(options, process.env, processIo))());

program
  .command('verify')
  .description("Recompute every stream's hash chain and check stream heads and the global order")
  .option('--json', 'print the JSON report on stdout instead of a summary')
  .addHelpText(
    'after',
    `
Walks the events table (PostgreSQL or embedded) in one read-only snapshot: an event edited, deleted,
inserted or reordered by hand is named by stream and version. Prints progress (events checked,
rate) on stderr every second. Exit 1 when a problem is found. KurrentDB's own log is not
hash-chained by cadre: with KURRENTDB_URL set the command cannot run (exit 2).`,
  )
  .action((options: { json?: boolean }) => run(() => verifyCommand(options, process.env, processIo))());

program
  .command('replay-check')
  .description('Replay projections from zero into scratch tables and compare them row for row with the live tables')
  .argument('[names...]', 'projections to check (default: all)')
  .option('--json', 'print the results as JSON on stdout')
  .addHelpText(
    'after',
    `
Each projection is replayed up to its live checkpoint (projection_checkpoints), not to the head of
the log, so the replay and the live tables describe the same events even while a server applies
new ones: the last catch-up and the comparison hold the checkpoint's lock, as a rebuild's swap
does. The live tables are never changed; the scratch tables (<table>__replay_check) are dropped
afterwards. Reports per projection: equal, or per table the counts of rows only in live and only
in the replay, with the first few of each. Prints progress on stderr every second. Exit 1 when
any projection differs.`,
  )
  .action((names: string[], options: { json?: boolean }) =>
    run(() => replayCheckCommand(names, options, process.env, processIo))(),
  );

program
  .command('import')
  .description('Import a CSV file: staff, qualifications, enrolments or posts (docs/imports.md)')
  .argument('<kind>', 'staff | qualifications | enrolments | posts')
  .argument('<file>', 'the CSV file (UTF-8, with or without BOM)')
  .option('--dry-run', 'check every row and report; write nothing')
  .option('--actor <username>', 'the cadre user recorded as the actor (default: cli:<your login name>)')
  .option('--progress', 'show progress bars even when stderr is not a terminal')
  .option('--no-progress', 'never show progress bars')
  .option('--json', 'print the report as JSON')
  .addHelpText(
    'after',
    `
All or nothing: every row is checked by the same rules as the API, on the state the rows before it
leave; if any row has a problem, each is listed (line, column, code) and nothing is written (exit 1).
Rows already imported, from this file or another, are skipped: importing a file again changes
nothing. After writing, the read models are brought up to date before the command ends.`,
  )
  .action((kind: string, file: string, options: ImportCommandOptions) =>
    run(() => importCommand(kind, file, options, process.env, processIo))(),
  );

const keys = program.command('keys').description("People's data keys (personal data, docs/security.md)");
keys
  .command('rewrap')
  .description('Rewrap every data key under CADRE_MASTER_KEY (after a rotation; old keys in CADRE_MASTER_KEY_PREVIOUS)')
  .action(run(() => keysRewrapCommand(process.env, processIo)));

const plan = program.command('plan').description('The tapering plan');
plan
  .command('load')
  .description('Make a plan file (JSON, as GET /api/plan returns the document) the next revision of the plan')
  .argument('<file>', 'the plan document, e.g. plans/triborough-2016.json')
  .requiredOption('--reason <text>', 'why: recorded with the revision')
  .option('--actor <username>', 'the cadre user recorded as the actor (clinical-lead or admin)')
  .option('--progress', 'show progress bars even when stderr is not a terminal')
  .option('--no-progress', 'never show progress bars')
  .addHelpText('after', '\nChecked like PUT /api/plan: an invalid document lists every problem and exits 1.')
  .action((file: string, options: PlanLoadOptions) =>
    run(() => planLoadCommand(file, options, process.env, processIo))(),
  );

const usersDeps = (): UsersCommandDeps => ({ env: process.env, io: processIo, readStdin: readAllStdin });
const USER_ARGUMENT = 'username or user id';
const PASSWORD_STDIN = '--password-stdin';
const PASSWORD_HELP = `
Without ${PASSWORD_STDIN} a password is generated and printed once on stdout. With it, the password is
read from standard input (one trailing newline ignored), e.g. \`read -rs pw && printf %s "$pw" | …\`, so it
never appears in the process list or the shell history. Passwords need 12+ characters and must not be
common or contain the username.
`;
const USERS_HELP = `
Accounts live in the users table, not in the event log; every change made here is recorded in
user_changes with the actor cli:<your login name> (GET /api/users/changes shows the trail). With the
embedded database, stop the server first (one process per data directory) or use the HTTP API
(POST /api/users/:id/disable|enable|password, admin only).

Exit codes: 0 done, 1 refused (unknown user, taken username, weak password: the code is printed),
2 could not run.`;

const users = program
  .command('users')
  .description('Manage sign-in accounts: create, disable, enable, reset-password, list')
  .addHelpText('after', USERS_HELP);

users
  .command('create')
  .description('Create an account with one or more roles')
  .argument('<username>', '3-64 characters of a-z, 0-9, ".", "_" and "-" (stored lower-cased)')
  .addOption(new Option('--role <role...>', 'role(s) to grant').choices(ROLES).makeOptionMandatory())
  .option(PASSWORD_STDIN, 'read the password from standard input instead of generating one')
  .addHelpText('after', PASSWORD_HELP + USERS_HELP)
  .action((username: string, options: { role: Role[]; passwordStdin?: boolean }) =>
    run(() => createUserCommand(username, options, usersDeps()))(),
  );

users
  .command('disable')
  .description('Disable an account: it cannot sign in and its tokens stop working on their next request')
  .argument('<user>', USER_ARGUMENT)
  .addHelpText('after', USERS_HELP)
  .action((who: string) => run(() => setDisabledCommand(who, true, usersDeps()))());

users
  .command('enable')
  .description('Enable a disabled account again (tokens issued before it was disabled stay refused)')
  .argument('<user>', USER_ARGUMENT)
  .addHelpText('after', USERS_HELP)
  .action((who: string) => run(() => setDisabledCommand(who, false, usersDeps()))());

users
  .command('reset-password')
  .description('Set a new password for an account; its existing tokens stop working')
  .argument('<user>', USER_ARGUMENT)
  .option(PASSWORD_STDIN, 'read the new password from standard input instead of generating one')
  .addHelpText('after', PASSWORD_HELP + USERS_HELP)
  .action((who: string, options: { passwordStdin?: boolean }) =>
    run(() => resetPasswordCommand(who, options, usersDeps()))(),
  );

users
  .command('list')
  .description('List accounts: username, roles, enabled or disabled, when created and when the password last changed')
  .option('--json', 'print JSON instead of a table')
  .addHelpText('after', USERS_HELP)
  .action((options: { json?: boolean }) => run(() => listUsersCommand(options, usersDeps()))());

await program.parseAsync(process.argv);
