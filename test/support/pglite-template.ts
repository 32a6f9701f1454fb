import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { DataSource } from 'typeorm';
import { migrations } from '../../migrations/index.js';
import { openDatabaseTarget } from '../../src/database/database-options.js';

/**
 * A migrated embedded database, dumped once to a file keyed by the migrations' source, so each test
 * database loads it (about 1.5 s) instead of running initdb and every migration (about 6 s).
 */
export async function migratedPgliteTemplate(): Promise<Blob> {
  const key = createHash('sha256')
    .update(migrations.map((m) => m.toString()).join('\n'))
    // Helpers that migrations import (migrations/support) shape the schema too.
    .update(await migrationSources())
    .update(PGlite.name)
    .digest('hex')
    .slice(0, 16);
  const file = join(tmpdir(), `cadre-pglite-template-${key}.tar`);
  if (!existsSync(file)) {
    const target = await openDatabaseTarget({ dataDir: 'memory://' });
    const dataSource = await new DataSource(target.options).initialize();
    await dataSource.runMigrations({ transaction: 'each' });
    await dataSource.destroy();
    const dump = await target.pglite!.dumpDataDir('none');
    await target.dispose();
    const temp = `${file}.${process.pid}.tmp`;
    await writeFile(temp, Buffer.from(await dump.arrayBuffer()));
    await rename(temp, file);
  }
  return new Blob([await readFile(file)]);
}

async function migrationSources(): Promise<string> {
  const dir = fileURLToPath(new URL('../../migrations/', import.meta.url));
  const files = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.ts')).sort();
  return (await Promise.all(files.map((f) => readFile(join(dir, f), 'utf8')))).join('\n');
}
