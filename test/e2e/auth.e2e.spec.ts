import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { ADMIN_PASSWORD, startTestApp, testDatabaseKinds, type TestApp } from '../support/test-app.js';

/**
 * Accounts and roles through the real application: login, 401 without or with a forged token on
 * every /api route the app declares, 403 without the role.
 */
const adminPassword = ADMIN_PASSWORD;
const strongPassword = 'a perfectly long password';

describe.each(testDatabaseKinds().map((k) => [k.name, k] as const))('accounts and roles (e2e, %s)', (_name, kind) => {
  let testApp: TestApp;
  let app: TestApp['app'];
  let http: TestApp['http'];

  const login = async (username: string, password: string): Promise<string> =>
    (await http.post('/api/auth/login').send({ username, password }).expect(200)).body.accessToken as string;

  beforeAll(async () => {
    testApp = await startTestApp(kind);
    app = testApp.app;
    http = testApp.http;
  });

  afterAll(() => testApp?.close());

  it('logs in the first admin and refuses a wrong password with 401', async () => {
    const ok = await http.post('/api/auth/login').send({ username: 'admin', password: adminPassword }).expect(200);
    expect(ok.body).toEqual({ accessToken: expect.any(String), expiresIn: expect.any(Number) });
    const wrong = await http
      .post('/api/auth/login')
      .send({ username: 'admin', password: 'wrong password!' })
      .expect(401);
    expect(wrong.body).toEqual({ code: 'AUTH.INVALID_CREDENTIALS', message: expect.any(String) });
  });

  it('answers 401 on every declared /api route without a token or with a forged one', async () => {
    const document = SwaggerModule.createDocument(app, new DocumentBuilder().build());
    const operations = Object.entries(document.paths).flatMap(([path, item]) =>
      (['get', 'post', 'put', 'patch', 'delete'] as const)
        .filter((method) => item[method] !== undefined)
        .map((method) => ({ method, path: path.replace(/\{[^}]+\}/g, '00000000-0000-4000-8000-000000000000') })),
    );
    const guarded = operations.filter(({ path }) => path.startsWith('/api/') && path !== '/api/auth/login');
    expect(guarded.length).toBeGreaterThan(0);
    const forged = `Bearer ${Buffer.from('{"alg":"HS256"}').toString('base64url')}.${Buffer.from('{"sub":"x"}').toString('base64url')}.c2ln`;
    for (const { method, path } of guarded) {
      for (const authorization of [undefined, forged]) {
        const call = http[method](path).send({});
        const response = await (authorization ? call.set('Authorization', authorization) : call);
        expect({ method, path, status: response.status, code: response.body.code }).toEqual({
          method,
          path,
          status: 401,
          code: 'AUTH.UNAUTHENTICATED',
        });
      }
    }
  });

  it('keeps /health open', async () => {
    await http.get('/health').expect(200);
  });

  it('lets an admin create users and answers 403 to a user without the role', async () => {
    const admin = await login('admin', adminPassword);
    const created = await http
      .post('/api/users')
      .set('Authorization', `Bearer ${admin}`)
      .send({ username: 'auditor.one', password: strongPassword, roles: ['auditor'] })
      .expect(201);
    expect(created.body).toEqual({ id: expect.any(String), username: 'auditor.one', roles: ['auditor'] });
    await http
      .post('/api/users')
      .set('Authorization', `Bearer ${admin}`)
      .send({ username: 'auditor.one', password: strongPassword, roles: ['hr'] })
      .expect(409);

    const auditor = await login('auditor.one', strongPassword);
    const forbidden = await http
      .post('/api/users')
      .set('Authorization', `Bearer ${auditor}`)
      .send({ username: 'sneaky', password: strongPassword, roles: ['admin'] })
      .expect(403);
    expect(forbidden.body).toEqual({ code: 'AUTH.FORBIDDEN', message: expect.any(String) });
  });

  it('answers bad login input with a coded 400, not a 500', async () => {
    const response = await http.post('/api/auth/login').send({ username: 'admin', password: 42, extra: true });
    expect(response.status).toBe(400);
    expect(response.body.code).toEqual(expect.any(String));
  });
});
