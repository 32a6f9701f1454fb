import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { promisify } from 'node:util';
import { exportEvents } from '../../src/audit/application/export-events.js';
import { exportCommand } from '../../src/cli/export.command.js';
import { PostgresEventLog } from '../../src/event-store/postgres/postgres-event-log.js';
import { PostgresEventStore } from '../../src/event-store/postgres/postgres-event-store.js';
import { newEvent, uniqueStream } from '../support/events.js';
import { ROOT } from '../support/server-process.js';
import { testDatabaseKinds, type TestDatabase } from '../support/test-database.js';

/**
 * An export checked offline by scripts/verify-export.mjs, plain Node and no cadre code: intact it
 * passes; edited, with a line dropped or lines swapped, it fails and names the event.
 */
const run = promisify(execFile);
const verify = async (file: string): Promise<{ code: number; stdout: string }> => {
  try {
    const { stdout } = await run(process.execPath, [join(ROOT, 'scripts', 'verify-export.mjs'), file]);
    return { code: 0, stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string };
    return { code: failed.code, stdout: failed.stdout };
  }
};

describe.each(testDatabaseKinds())('offline verification of an export on $name', (kind) => {
  let db: TestDatabase;
  let dir: string;
  let lines: string[];
  const streams = [uniqueStream('verify'), uniqueStream('verify')];

  beforeAll(async () => {
    db = await kind.open();
    dir = await mkdtemp(join(tmpdir(), 'cadre-export-'));
    const store = new PostgresEventStore(db.dataSource);
    await store.append(streams[0], [newEvent('Opened', { n: 1, nested: { b: 2, a: [1, 'x'] } })], 'no-stream');
    await store.append(streams[1], [newEvent('Opened', { text: 'naïve – “quoted”' })], 'no-stream');
    await store.append(streams[0], [newEvent('Changed', { n: 2 }), newEvent('Changed', { n: 3 })], 0);
    const file = join(dir, 'intact.jsonl');
    const chunks: string[] = [];
    const sink = new Writable({
      write(chunk, _enc, done) {
        chunks.push(chunk.toString());
        done();
      },
    });
    await exportEvents(new PostgresEventLog(db.dataSource), {}, sink);
    lines = chunks.join('').trimEnd().split('\n');
    await writeFile(file, lines.join('\n') + '\n');
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
    await db?.close();
  });

  const variant = async (name: string, edit: (lines: string[]) => string[]) => {
    const file = join(dir, `${name}.jsonl`);
    await writeFile(file, edit([...lines]).join('\n') + '\n');
    return verify(file);
  };
  const mine = (line: string) => streams.includes(JSON.parse(line).streamId);

  it('passes an intact export', async () => {
    expect(lines.filter(mine)).toHaveLength(4);
    const result = await verify(join(dir, 'intact.jsonl'));
    expect(result).toEqual({ code: 0, stdout: expect.stringMatching(/^OK: \d+ events in \d+ streams, 0 problems$/m) });
  });

  it('fails an export whose event data was edited, naming the event', async () => {
    const result = await variant('edited', (all) =>
      all.map((line) => {
        const e = JSON.parse(line);
        return e.streamId === streams[0] && e.version === 1 ? JSON.stringify({ ...e, data: { n: 20 } }) : line;
      }),
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`(${streams[0]} v1): content does not match its hash`);
    expect(result.stdout).toMatch(/^BROKEN: .* 1 problems$/m);
  });

  it('fails an export with an event left out, or with metadata changed', async () => {
    const dropped = await variant('dropped', (all) =>
      all.filter((line) => !(JSON.parse(line).streamId === streams[0] && JSON.parse(line).version === 1)),
    );
    expect(dropped.code).toBe(1);
    expect(dropped.stdout).toContain(`(${streams[0]} v2): expected version 1`);
    expect(dropped.stdout).toContain(`(${streams[0]} v2): prevHash does not match`);
    const reattributed = await variant('actor', (all) =>
      all.map((line) => {
        const e = JSON.parse(line);
        return e.streamId === streams[1]
          ? JSON.stringify({ ...e, metadata: { ...e.metadata, actor: 'someone' } })
          : line;
      }),
    );
    expect(reattributed.code).toBe(1);
    expect(reattributed.stdout).toContain(`(${streams[1]} v0): content does not match its hash`);
  });

  it('says it could not run for a missing file', async () => {
    expect((await verify(join(dir, 'absent.jsonl'))).code).toBe(2);
  });
});

describe('cadre export (the CLI command, embedded database)', () => {
  it('writes a file that verifies', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cadre-export-cli-'));
    try {
      const out = join(dir, 'all.jsonl');
      const errors: string[] = [];
      const env = { CADRE_DATA_DIR: join(dir, 'data'), CADRE_ADMIN_PASSWORD: 'export-test-admin-password' };
      const io = { out: () => undefined, err: (line: string) => errors.push(line) };
      expect(await exportCommand({ out }, env, io)).toBe(0);
      const exported = (await readFile(out, 'utf8')).trimEnd().split('\n');
      expect(exported.map((line) => JSON.parse(line).type)).toContain('PlanAdopted');
      expect(errors.at(-1)).toMatch(/^export: \d+ events written to /);
      expect(await verify(out)).toMatchObject({ code: 0 });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
