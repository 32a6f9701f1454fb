#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { CouldNotRun, EXIT, processIo } from './cli-context.js';
import { exportCommand, type ExportOptions } from './export.command.js';
import { migrateCommand } from './migrate.command.js';
import { projectionsCommand } from './projections.command.js';
import { rebuildCommand } from './rebuild.command.js';

const ENVIRONMENT_HELP = `
Configured like the server: DATABASE_URL (PostgreSQL) or CADRE_DATA_DIR (embedded, default ./data),
KURRENTDB_URL, CADRE_JWT_SECRET. The embedded data directory allows one process at a time: stop the
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

await program.parseAsync(process.argv);
