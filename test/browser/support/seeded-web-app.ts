import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { DATABASE_TARGET } from '../../../src/database/database.module.js';
import type { DatabaseTarget } from '../../../src/database/database-options.js';
import { ROOT } from '../../support/server-process.js';
import { seedStaff } from './seed-staff.js';
import { startWebApp, type WebApp } from './web-server.js';

export interface SeededWebApp {
  web: WebApp;
  events: number;
  /** Seconds spent seeding and projecting; 0 when the seeded database came from the cache. */
  seconds: number;
  cached: boolean;
}

/** What is kept beside a dump: its event count and the (test-only) master key of its data keys. */
interface SeedMeta {
  events: number;
  masterKey: string;
}

/** A dump written before the master key was kept beside it cannot be read: it is seeded afresh. */
const readMeta = async (path: string): Promise<SeedMeta | undefined> => {
  const meta = JSON.parse(await readFile(path, 'utf8')) as Partial<SeedMeta>;
  return typeof meta.events === 'number' && typeof meta.masterKey === 'string' ? (meta as SeedMeta) : undefined;
};

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
  );

/**
 * Everything the seeded database depends on: the code that writes and projects the events (src),
 * the tables (migrations), the plan adopted at start (plans) and the seeding itself. Any change to
 * any of them seeds afresh, so a cached database never holds rows today's code would not write.
 */
const keyOf = (staff: number): string => {
  const hash = createHash('sha256').update(String(staff));
  const inputs = [
    ...['src', 'migrations', 'plans'].flatMap((dir) => files(join(ROOT, dir))),
    join(ROOT, 'test', 'browser', 'support', 'seed-staff.ts'),
  ].sort();
  for (const file of inputs) hash.update(relative(ROOT, file)).update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
};

/**
 * The web app on an embedded database holding `staff` seeded people. Seeding and projecting them
 * takes half a minute on an idle machine and several on a busy one, so the seeded database is
 * dumped to the temporary directory, keyed by everything it depends on, and later runs on the same
 * code start from it in seconds (as test/support/pglite-template.ts does for the empty one).
 */
export async function startSeededWebApp(staff: number): Promise<SeededWebApp> {
  const key = keyOf(staff);
  const file = join(tmpdir(), `cadre-browser-${staff}-staff-${key}.tar`);
  const meta = `${file}.json`;
  const cached = existsSync(file) && existsSync(meta) ? await readMeta(meta) : undefined;
  if (cached) {
    utimesSync(file, new Date(), new Date()); // in use: see the clean-up below
    const web = await startWebApp(new Blob([await readFile(file)]), cached.masterKey);
    return { web, events: cached.events, seconds: 0, cached: true };
  }
  // The dump's data keys are wrapped by this master key, so it is kept beside the dump.
  const masterKey = randomBytes(32).toString('hex');
  const web = await startWebApp(undefined, masterKey);
  const started = Date.now();
  const events = await seedStaff(web.app, staff);
  const seconds = (Date.now() - started) / 1000;
  const dump = await web.app.get<DatabaseTarget>(DATABASE_TARGET).pglite!.dumpDataDir('none');
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, Buffer.from(await dump.arrayBuffer()));
  await writeFile(meta, JSON.stringify({ events, masterKey } satisfies SeedMeta));
  await rename(temp, file);
  // Databases seeded by other code and unused for a day (other branches keep theirs meanwhile).
  for (const old of readdirSync(tmpdir())) {
    const path = join(tmpdir(), old);
    if (
      old.startsWith(`cadre-browser-${staff}-staff-`) &&
      !old.startsWith(`cadre-browser-${staff}-staff-${key}`) &&
      /\.tar(\.json)?$/.test(old) &&
      Date.now() - statSync(path).mtimeMs > 86_400_000
    )
      rmSync(path, { force: true });
  }
  return { web, events, seconds, cached: false };
}
