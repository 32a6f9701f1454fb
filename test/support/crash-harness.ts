import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { openDatabaseTarget } from '../../src/database/database-options.js';
import type { ProjectionStatus } from '../../src/projections/projection-status.service.js';
import { signedIn, type ServerProcess } from './server-process.js';
import { createScratchDatabase } from './test-database.js';

/** What the crash test needs around a server child process: its database, its login, patience. */
const ADMIN_PASSWORD = 'crash-test-admin-password';
const JWT_SECRET = randomBytes(32).toString('hex');
const MASTER_KEY = randomBytes(32).toString('hex');

export interface Kind {
  name: 'PGlite' | 'PostgreSQL';
  /** Environment that points the server (and the test's own connections) at the database. */
  env: Record<string, string>;
  cleanup(): Promise<void>;
}

export async function embeddedKind(): Promise<Kind> {
  const dir = await mkdtemp(join(tmpdir(), 'cadre-crash-'));
  return { name: 'PGlite', env: { CADRE_DATA_DIR: dir }, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

export async function postgresKind(adminUrl: string): Promise<Kind> {
  const scratch = await createScratchDatabase(adminUrl);
  return { name: 'PostgreSQL', env: { DATABASE_URL: scratch.url }, cleanup: scratch.drop };
}

/** The test's own connection; on PGlite only while no server holds the data directory. */
export async function withDatabase<T>(kind: Kind, run: (db: DataSource) => Promise<T>): Promise<T> {
  const target = await openDatabaseTarget({
    databaseUrl: kind.env.DATABASE_URL,
    dataDir: kind.env.CADRE_DATA_DIR ?? 'unused',
  });
  // The test's writes need no durability (the PostgreSQL server does not crash here, the app does);
  // not waiting for each commit's flush makes the 20,000 events quick to write.
  const options = kind.env.DATABASE_URL
    ? { ...target.options, extra: { ...target.options.extra, options: '-c synchronous_commit=off' } }
    : target.options;
  const db = await new DataSource(options as typeof target.options).initialize();
  try {
    return await run(db);
  } finally {
    await db.destroy();
    await target.dispose();
  }
}

export const serverEnv = (kind: Kind) => ({
  ...kind.env,
  CADRE_JWT_SECRET: JWT_SECRET,
  CADRE_MASTER_KEY: MASTER_KEY,
  CADRE_ADMIN_PASSWORD: ADMIN_PASSWORD,
});

export async function statuses(server: ServerProcess): Promise<ProjectionStatus[]> {
  const get = await signedIn(server.baseUrl, 'admin', ADMIN_PASSWORD);
  return get<ProjectionStatus[]>('/api/admin/projections');
}

export async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  server: ServerProcess,
  timeoutMs = 180_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let seen = '';
  while (Date.now() < deadline) {
    const found = await probe().catch((error: Error) => {
      seen = error.message;
      return undefined;
    });
    if (found !== undefined) return found;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`timed out waiting for ${what} (last seen: ${seen}):\n${server.output().slice(-5000)}`);
}
