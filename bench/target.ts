import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { progress } from './report.js';

/** Where one bench run writes: never the configured database itself, never ./data. */
export interface BenchTarget {
  engine: 'PostgreSQL' | 'PGlite';
  /** Human description: the scratch database or the temporary directory. */
  describe: string;
  /** The environment the app is configured from for this run. */
  env: Record<string, string | undefined>;
  adminPassword: string;
  cleanup(): Promise<void>;
}

/**
 * With DATABASE_URL: a scratch database `cadre_bench_<random>` on that server, dropped at the end.
 * Without: embedded PGlite in a fresh temporary directory, deleted at the end. `keep` keeps either.
 */
export async function openTarget(keep: boolean): Promise<BenchTarget> {
  const adminPassword = randomBytes(18).toString('base64url');
  const common = {
    CADRE_JWT_SECRET: randomBytes(32).toString('hex'),
    CADRE_MASTER_KEY: randomBytes(32).toString('hex'),
    CADRE_ADMIN_PASSWORD: adminPassword,
    LOG_LEVEL: 'error',
    KURRENTDB_URL: process.env.KURRENTDB_URL,
  };
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    const database = `cadre_bench_${randomBytes(4).toString('hex')}`;
    await withClient(serverUrl, (c) => c.query(`CREATE DATABASE ${database}`));
    const url = new URL(serverUrl);
    url.pathname = `/${database}`;
    progress(`created scratch database ${database}`);
    return {
      engine: 'PostgreSQL',
      describe: `scratch database ${database} on ${url.host}`,
      env: { ...common, DATABASE_URL: url.toString() },
      adminPassword,
      cleanup: async () => {
        if (keep) return progress(`kept scratch database ${database}`);
        await withClient(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`));
        progress(`dropped scratch database ${database}`);
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'cadre-bench-'));
  progress(`embedded PGlite in ${dir}`);
  return {
    engine: 'PGlite',
    describe: `embedded, temporary directory ${dir}`,
    env: { ...common, CADRE_DATA_DIR: dir },
    adminPassword,
    cleanup: async () => {
      if (keep) return progress(`kept ${dir}`);
      rmSync(dir, { recursive: true, force: true });
      progress(`deleted ${dir}`);
    },
  };
}

async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}
