import type { DataSource } from 'typeorm';

// Any fixed number shared by every cadre instance: only one of them migrates at a time.
const MIGRATION_LOCK = 7_246_001;

/**
 * Runs pending migrations under an advisory lock, so instances starting together do not race.
 * The embedded engine has one connection and one instance (its directory is locked): no lock there.
 */
export async function runMigrations(dataSource: DataSource, embedded: boolean): Promise<string[]> {
  if (embedded) return (await dataSource.runMigrations({ transaction: 'each' })).map((m) => m.name);
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query(`SELECT pg_advisory_lock($1)`, [MIGRATION_LOCK]);
    try {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      return applied.map((m) => m.name);
    } finally {
      await runner.query(`SELECT pg_advisory_unlock($1)`, [MIGRATION_LOCK]);
    }
  } finally {
    await runner.release();
  }
}
