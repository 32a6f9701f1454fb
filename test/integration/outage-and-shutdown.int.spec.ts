import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { TcpProxy } from '../support/tcp-proxy.js';
import { buildOnce, startServer, type ServerProcess } from '../support/server-process.js';
import { createScratchDatabase } from '../support/test-database.js';

/**
 * Issue 11, faults: losing the database makes /health not ready and requests answer 503 with a
 * code (not a hang, not a 500), and the server recovers when it returns, without a restart.
 * SIGTERM lets the requests in flight finish and exits 0. The real server runs as a child
 * process, its PostgreSQL reached through a proxy the test can cut.
 */

const adminUrl = process.env.TEST_DATABASE_URL;
const PASSWORD = 'outage-test-admin-password';
if (!adminUrl) console.warn('database outage test skipped: it needs PostgreSQL (TEST_DATABASE_URL is not set)');

(adminUrl ? describe : describe.skip)('a server on PostgreSQL through a proxy', () => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let proxy: TcpProxy;
  let server: ServerProcess | undefined;
  let token: string;

  const call = async (method: string, path: string, body?: unknown) => {
    const started = Date.now();
    const res = await fetch(server!.baseUrl + path, {
      method,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : null, ms: Date.now() - started, headers: res.headers };
  };
  let n = 0;
  const hire = () =>
    call('POST', '/api/staff', {
      name: `Outage Person ${++n}`,
      borough: 'WCC',
      role: 'social-worker',
      fte: 1,
      startedOn: '2016-04-01',
    });
  const storedEvents = async (type: string): Promise<number> => {
    const client = new Client({ connectionString: scratch.url });
    await client.connect();
    try {
      const { rows } = await client.query(`SELECT count(*)::int AS n FROM events WHERE type = $1`, [type]);
      return rows[0].n as number;
    } finally {
      await client.end();
    }
  };

  beforeAll(async () => {
    buildOnce();
    scratch = await createScratchDatabase(adminUrl!);
    const url = new URL(scratch.url);
    proxy = await TcpProxy.start({ host: url.hostname, port: Number(url.port || 5432) });
    url.port = String(proxy.port);
    server = await startServer({
      DATABASE_URL: url.toString(),
      CADRE_JWT_SECRET: randomBytes(32).toString('hex'),
      CADRE_MASTER_KEY: randomBytes(32).toString('hex'),
      CADRE_ADMIN_PASSWORD: PASSWORD,
      CADRE_SHUTDOWN_TIMEOUT_MS: '20000',
    });
    const login = await fetch(`${server.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: PASSWORD }),
    });
    token = ((await login.json()) as { accessToken: string }).accessToken;
  }, 180_000);

  afterAll(async () => {
    await server?.kill('SIGKILL');
    await proxy?.close();
    await scratch?.drop();
  });

  it('answers 503 with a code while the database is gone, and recovers without a restart', async () => {
    expect((await hire()).status).toBe(201);
    await proxy.cut();

    const health = await fetch(`${server!.baseUrl}/health`);
    expect({ status: health.status, body: await health.json() }).toMatchObject({
      status: 503,
      body: { status: 'unavailable', database: 'down' },
    });
    for (const answer of [await hire(), await call('GET', '/api/staff')]) {
      expect({ status: answer.status, code: answer.body?.code }).toEqual({ status: 503, code: 'DATABASE.UNAVAILABLE' });
      expect(answer.headers.get('retry-after')).toBe('1');
      expect(answer.ms).toBeLessThan(10_000);
    }

    await proxy.open();
    const deadline = Date.now() + 30_000;
    while ((await fetch(`${server!.baseUrl}/health`)).status !== 200) {
      if (Date.now() > deadline) throw new Error(`not ready again:\n${server!.output().slice(-3000)}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    const after = await hire();
    expect(after.status).toBe(201);
    expect((await call('GET', `/api/staff/${after.body.id}`)).body).toMatchObject({
      name: after.body && expect.any(String),
    });
    expect(server!.output()).not.toMatch(/"code":"INTERNAL"/);
  }, 120_000);

  it('finishes the requests in flight on SIGTERM, stores each acknowledged one once, and exits 0', async () => {
    const before = await storedEvents('StaffHired');
    const inFlight = Array.from({ length: 20 }, () => hire().catch((error: Error) => ({ status: 0, error })));
    await new Promise((r) => setTimeout(r, 30));
    server!.child.kill('SIGTERM');
    const answers = await Promise.all(inFlight);
    const exit = await server!.exited;
    server = undefined;

    expect(exit).toEqual({ code: 0, signal: null });
    const statuses = answers.map((a) => a.status);
    // Requests the server had accepted finish; none fails half-way.
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    const acknowledged = statuses.filter((s) => s === 201).length;
    expect(acknowledged).toBeGreaterThan(0);
    expect(await storedEvents('StaffHired')).toBe(before + acknowledged);
  }, 120_000);
});
