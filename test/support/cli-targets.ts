import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createScratchDatabase } from './test-database.js';

/** Where a CLI or server child process keeps its data: the environment that points it there. */
export interface ProcessTarget {
  env: Record<string, string>;
  cleanup(): Promise<void>;
}

/** A fresh embedded data directory in the temporary directory, named after `prefix`. */
export const embeddedTarget = async (prefix: string): Promise<ProcessTarget> => {
  const dir = await mkdtemp(join(tmpdir(), `${prefix}-`));
  return { env: { CADRE_DATA_DIR: dir }, cleanup: () => rm(dir, { recursive: true, force: true }) };
};

/** A scratch database on the PostgreSQL server of `adminUrl`, with the secrets PostgreSQL requires. */
export const postgresTarget = async (adminUrl: string): Promise<ProcessTarget> => {
  const scratch = await createScratchDatabase(adminUrl);
  return {
    env: {
      DATABASE_URL: scratch.url,
      CADRE_JWT_SECRET: randomBytes(32).toString('hex'),
      CADRE_MASTER_KEY: randomBytes(32).toString('hex'),
    },
    cleanup: scratch.drop,
  };
};
