import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { join } from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import { migrations } from '../../migrations/index.js';
import { DataDirLock } from './data-dir-lock.js';

export interface DatabaseTarget {
  options: DataSourceOptions;
  kind: 'postgres' | 'embedded';
  /** The embedded engine itself (embedded only): for dumps and engine-level operations. */
  pglite?: PGlite;
  /** Releases what the target holds beyond the DataSource (the embedded engine and its lock). */
  dispose(): Promise<void>;
}

const common = {
  type: 'postgres' as const,
  migrations,
  migrationsRun: false,
  synchronize: false,
  // Read models hold sums of WTE in hundredths and pence; bigint must arrive as a number.
  parseInt8: true,
};

/** Real PostgreSQL when a URL is given, otherwise PGlite in `dataDir`, behind the same driver. */
export async function openDatabaseTarget(input: {
  databaseUrl?: string;
  dataDir: string;
  poolSize?: number;
  /** For `memory://` only: start from this dump of a data directory instead of an empty cluster. */
  initialData?: Blob;
}): Promise<DatabaseTarget> {
  if (input.databaseUrl) {
    return {
      kind: 'postgres',
      options: {
        ...common,
        url: input.databaseUrl,
        poolSize: input.poolSize ?? 10,
        connectTimeoutMS: 5000,
        extra: { idleTimeoutMillis: 30000 },
      },
      dispose: async () => undefined,
    };
  }
  // `memory://` keeps the embedded database in memory (tests); a directory is locked and persisted.
  const inMemory = input.dataDir.startsWith('memory://');
  const lock = inMemory ? null : DataDirLock.acquire(input.dataDir);
  try {
    const pglite = inMemory
      ? await PGlite.create('memory://', input.initialData ? { loadDataDir: input.initialData } : {})
      : await PGlite.create(join(input.dataDir, 'pgdata'));
    return {
      kind: 'embedded',
      pglite,
      options: {
        ...common,
        // One pg client over PGlite's own protocol layer: PGlite has a single session, so the
        // pool must never hand out a second connection (see docs/decisions/0002).
        extra: { ...createPgConfig(pglite), max: 1, idleTimeoutMillis: 0 },
        poolSize: 1,
      },
      dispose: async () => {
        await pglite.close();
        lock?.release();
      },
    };
  } catch (error) {
    lock?.release();
    throw error;
  }
}
