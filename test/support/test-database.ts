import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { openDatabaseTarget } from '../../src/database/database-options.js';
import { migratedPgliteTemplate } from './pglite-template.js';

export interface TestDatabase {
  name: string;
  dataSource: DataSource;
  /** Connection URL on real PostgreSQL (for a second app instance or a raw client); absent on PGlite. */
  url?: string;
  close(): Promise<void>;
}

export interface TestDatabaseKind {
  name: 'PGlite' | 'PostgreSQL';
  open(options?: { poolSize?: number }): Promise<TestDatabase>;
}

/**
 * The databases integration suites run against: embedded PGlite always, and real PostgreSQL when
 * TEST_DATABASE_URL is set. Each open gets a fresh, migrated database that is dropped on close.
 */
export function testDatabaseKinds(): TestDatabaseKind[] {
  const kinds: TestDatabaseKind[] = [{ name: 'PGlite', open: openPglite }];
  const url = process.env.TEST_DATABASE_URL;
  if (url) kinds.push({ name: 'PostgreSQL', open: (options) => openPostgres(url, options?.poolSize) });
  return kinds;
}

async function openPglite(): Promise<TestDatabase> {
  const target = await openDatabaseTarget({ dataDir: 'memory://', initialData: await migratedPgliteTemplate() });
  const dataSource = await new DataSource(target.options).initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  return {
    name: 'PGlite',
    dataSource,
    close: async () => {
      await dataSource.destroy();
      await target.dispose();
    },
  };
}

/** An empty database on the server of `adminUrl`, dropped by `drop()`. */
export async function createScratchDatabase(adminUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const database = `cadre_test_${randomBytes(6).toString('hex')}`;
  await withAdmin(adminUrl, (c) => c.query(`CREATE DATABASE ${database}`));
  return {
    url: withDatabase(adminUrl, database),
    drop: () =>
      withAdmin(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`)).then(() => undefined),
  };
}

async function openPostgres(adminUrl: string, poolSize = 10): Promise<TestDatabase> {
  const scratch = await createScratchDatabase(adminUrl);
  const url = scratch.url;
  const target = await openDatabaseTarget({ databaseUrl: url, dataDir: 'unused', poolSize });
  const dataSource = await new DataSource(target.options).initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  return {
    name: 'PostgreSQL',
    dataSource,
    url,
    close: async () => {
      await dataSource.destroy();
      await scratch.drop();
    },
  };
}

export const withDatabase = (url: string, database: string): string => {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
};

async function withAdmin<T>(url: string, run: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}
