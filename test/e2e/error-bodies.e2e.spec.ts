import { connect } from 'node:net';
import type { Server } from 'node:http';
import type { Response } from 'supertest';
import { startTestApp, testDatabaseKinds, type TestApp } from '../support/test-app.js';

/**
 * Issue 6, hardening: whatever goes wrong, including inside the database, the client gets a coded
 * body and nothing of the machinery: no stack trace, no SQL, no table names, no driver errors.
 */

const LEAKS: [string, RegExp][] = [
  ['a stack frame', /\bat .+[(:]\d+:\d+\)?|\.(ts|js):\d+/],
  ['SQL', /\b(SELECT|INSERT|UPDATE|DELETE|FROM|WHERE|RAISE)\b/],
  ['a driver or database error', /QueryFailedError|TypeORM|relation "|syntax error|violates|plpgsql|pg_/i],
  ['a table or column', /staff_view|password_hash|\bevents\b|refused by the test trigger/],
  ['a stack property', /"stack"/],
];

const leaksIn = (res: Response): string[] => {
  const text = res.text ?? '';
  return LEAKS.filter(([, pattern]) => pattern.test(text)).map(([what]) => `${what} in ${text.slice(0, 200)}`);
};

describe.each(testDatabaseKinds())('error bodies on $name', (kind) => {
  let t: TestApp;
  let admin: string;
  const hire = { name: 'Ana Silva', borough: 'RBKC', role: 'social-worker', fte: 0.6, startedOn: '2016-04-01' };

  beforeAll(async () => {
    t = await startTestApp(kind);
    admin = `Bearer ${await t.tokenFor('admin')}`;
  });
  afterAll(() => t?.close());

  const asAdmin = (method: 'get' | 'post', path: string) => t.http[method](path).set('Authorization', admin);
  const expectCoded = (res: Response, status: number, code: string) => {
    expect({ status: res.status, code: res.body?.code, leaks: leaksIn(res) }).toEqual({ status, code, leaks: [] });
    expect(typeof res.body.message).toBe('string');
    expect(Object.keys(res.body).filter((k) => !['code', 'message', 'details'].includes(k))).toEqual([]);
  };

  it('answers refused requests with a code and a message, and nothing more', async () => {
    const cases: [PromiseLike<Response>, number, string][] = [
      [
        asAdmin('post', '/api/staff').set('Content-Type', 'application/json').send('{"name":'),
        400,
        'REQUEST.MALFORMED_JSON',
      ],
      [asAdmin('post', '/api/staff').send({ ...hire, name: 'x'.repeat(200_000) }), 413, 'REQUEST.TOO_LARGE'],
      [asAdmin('post', '/api/staff').send({ ...hire, fte: 'lots' }), 400, 'VALIDATION.FAILED'],
      [
        asAdmin('post', '/api/staff')
          .set('Content-Type', 'application/json')
          .send(`${'['.repeat(50)}${']'.repeat(50)}`),
        400,
        'REQUEST.TOO_DEEP',
      ],
      [asAdmin('post', '/api/staff').send({ ...hire, name: 'Ana\u0000' }), 400, 'REQUEST.INVALID_TEXT'],
      [asAdmin('get', '/api/audit/events?actor=%00'), 400, 'REQUEST.INVALID_TEXT'],
      [asAdmin('get', '/api/staff/%00'), 400, 'REQUEST.INVALID_TEXT'],
      [
        asAdmin('post', '/api/staff').set('Content-Type', 'application/json; charset=latin1').send('{}'),
        415,
        'REQUEST.UNSUPPORTED_MEDIA_TYPE',
      ],
      [asAdmin('get', '/api/staff/%ZZ'), 400, 'REQUEST.INVALID'],
      [asAdmin('get', '/api/staff/00000000-0000-4000-8000-000000000000'), 404, 'STAFF.NOT_FOUND'],
      [asAdmin('get', '/api/no-such-thing'), 404, 'ROUTE.NOT_FOUND'],
      [t.http.get('/api/staff'), 401, 'AUTH.UNAUTHENTICATED'],
      [t.http.get('/api/staff').set('Authorization', 'Bearer a.b.c'), 401, 'AUTH.UNAUTHENTICATED'],
      [t.http.get('/api/users').set('Authorization', `Bearer ${await t.tokenFor('hr')}`), 403, 'AUTH.FORBIDDEN'],
      [asAdmin('get', '/api/staff').set('X-Padding', 'p'.repeat(20_000)), 431, 'REQUEST.HEADERS_TOO_LARGE'],
    ];
    for (const [request, status, code] of cases) expectCoded(await request, status, code);
  });

  it('answers HTTP that Node cannot parse with a coded JSON body', async () => {
    const server = t.app.getHttpServer() as Server;
    if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () =>
        socket.write('GET /health HTTP/1.1\r\nHost: x\r\nContent-Length: nope\r\n\r\n'),
      );
      let answer = '';
      socket.on('data', (chunk) => (answer += chunk));
      socket.on('end', () => resolve(answer));
      socket.on('error', reject);
    });
    expect(raw).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect(JSON.parse(raw.split('\r\n\r\n')[1])).toEqual({ code: 'REQUEST.MALFORMED', message: expect.any(String) });
  });

  it('hides a database error behind 500 INTERNAL, and writes nothing', async () => {
    // A trigger makes every append fail with a message full of SQL and table names.
    await t.dataSource.query(`
      CREATE FUNCTION cadre_test_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'refused by the test trigger: SELECT password_hash FROM users WHERE stream = %', NEW.stream_id; END $$`);
    await t.dataSource.query(
      `CREATE TRIGGER cadre_test_refuse BEFORE INSERT ON events FOR EACH ROW EXECUTE FUNCTION cadre_test_refuse()`,
    );
    const count = async () => (await t.dataSource.query(`SELECT count(*)::int AS n FROM events`))[0].n as number;
    try {
      const before = await count();
      expectCoded(await asAdmin('post', '/api/staff').send(hire), 500, 'INTERNAL');
      expect(await count()).toBe(before);
    } finally {
      await t.dataSource.query(`DROP TRIGGER cadre_test_refuse ON events`);
      await t.dataSource.query(`DROP FUNCTION cadre_test_refuse()`);
    }
    expect((await asAdmin('post', '/api/staff').send(hire)).status).toBe(201);
  });

  it('hides a failed read the same way', async () => {
    await t.dataSource.query(`ALTER TABLE staff_view RENAME TO staff_view_hidden`);
    try {
      expectCoded(await asAdmin('get', '/api/staff'), 500, 'INTERNAL');
    } finally {
      await t.dataSource.query(`ALTER TABLE staff_view_hidden RENAME TO staff_view`);
    }
    expect((await asAdmin('get', '/api/staff')).status).toBe(200);
  });
});
