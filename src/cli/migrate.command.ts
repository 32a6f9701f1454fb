import { DataSource } from 'typeorm';
import { openDatabaseTarget } from '../database/database-options.js';
import { runMigrations } from '../database/run-migrations.js';
import { configFrom, CouldNotRun, EXIT, type CliIo } from './cli-context.js';

/**
 * Applies pending migrations and names them. It opens the database directly rather than booting
 * the application: booting migrates as a side effect (so nothing would be left to report) and
 * would also create the first admin account, which is the server's job.
 */
export async function migrateCommand(env: NodeJS.ProcessEnv, io: CliIo): Promise<number> {
  const config = configFrom(env);
  let dataSource: DataSource;
  let dispose: () => Promise<void>;
  try {
    const target = await openDatabaseTarget({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
    dispose = target.dispose;
    try {
      dataSource = await new DataSource(target.options).initialize();
    } catch (error) {
      await target.dispose();
      throw error;
    }
  } catch (error) {
    throw new CouldNotRun(`could not open the database: ${(error as Error).message}`);
  }
  try {
    const applied = await runMigrations(dataSource, !config.databaseUrl);
    if (applied.length === 0) io.out('Database is up to date: no migration to apply.');
    for (const name of applied) io.out(`Applied ${name}`);
    return EXIT.done;
  } catch (error) {
    io.err(`Migration failed: ${(error as Error).message}`);
    return EXIT.problems;
  } finally {
    await dataSource.destroy();
    await dispose();
  }
}
