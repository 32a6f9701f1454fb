import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JWT_SECRET_FILE, resolveJwtSecret } from './jwt-secret.js';

describe('resolveJwtSecret', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'cadre-jwt-'));
  });
  afterEach(() => rm(dataDir, { recursive: true, force: true }));

  it('uses CADRE_JWT_SECRET when set, writing nothing', async () => {
    const secret = 'c'.repeat(40);
    expect(await resolveJwtSecret({ jwtSecret: secret, dataDir })).toBe(secret);
    await expect(stat(join(dataDir, JWT_SECRET_FILE))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('otherwise generates 32 random bytes, kept owner-only in the data directory and reused', async () => {
    const first = await resolveJwtSecret({ dataDir: join(dataDir, 'nested') });
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    const file = join(dataDir, 'nested', JWT_SECRET_FILE);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(await resolveJwtSecret({ dataDir: join(dataDir, 'nested') })).toBe(first);
    expect((await readFile(file, 'utf8')).trim()).toBe(first);
  });

  it('agrees on one secret when two starts race', async () => {
    const [a, b] = await Promise.all([resolveJwtSecret({ dataDir }), resolveJwtSecret({ dataDir })]);
    expect(a).toBe(b);
  });

  it('refuses a stored secret that is too short', async () => {
    await writeFile(join(dataDir, JWT_SECRET_FILE), 'short\n');
    await expect(resolveJwtSecret({ dataDir })).rejects.toThrow(/shorter than 32/);
  });
});
