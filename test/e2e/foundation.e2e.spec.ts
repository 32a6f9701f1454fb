import { randomUUID } from 'node:crypto';
import { startTestApp, testDatabaseKinds, type TestApp } from '../support/test-app.js';

/**
 * The foundation's HTTP contract (issue 2): open health and docs, coded 4xx answers to bad input
 * (never a 500), authentication and roles, idempotent retries and correlation ids.
 */
const strongPassword = 'a perfectly long password';

describe.each(testDatabaseKinds().map((k) => [k.name, k] as const))('foundation (e2e, %s)', (_name, kind) => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp(kind);
    admin = `Bearer ${await t.tokenFor('admin')}`;
  });

  afterAll(() => t?.close());

  const newUser = (username = `u-${randomUUID().slice(0, 8)}`) => ({
    username,
    password: strongPassword,
    roles: ['hr'],
  });

  it('answers /health without a token', async () => {
    const response = await t.http.get('/health').expect(200);
    expect(response.body).toMatchObject({ status: 'ok', database: 'up' });
  });

  it('serves the OpenAPI page and document without a token', async () => {
    const page = await t.http.get('/api/docs').expect(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.text).toMatch(/swagger/i);
    const document = await t.http.get('/api/docs-json').expect(200);
    expect(document.body.openapi).toMatch(/^3\./);
    expect(Object.keys(document.body.paths)).toEqual(
      expect.arrayContaining(['/api/auth/login', '/api/users', '/api/admin/projections', '/api/audit/activity']),
    );
  });

  it('answers malformed JSON with 400 REQUEST.MALFORMED_JSON', async () => {
    const response = await t.http
      .post('/api/auth/login')
      .set('Content-Type', 'application/json')
      .send('{"username": "admin", "password": ')
      .expect(400);
    expect(response.body).toEqual({ code: 'REQUEST.MALFORMED_JSON', message: expect.any(String) });
  });

  it('answers an unknown field with 400 VALIDATION.FAILED', async () => {
    const response = await t.http
      .post('/api/users')
      .set('Authorization', admin)
      .send({ ...newUser(), isSuperuser: true })
      .expect(400);
    expect(response.body).toMatchObject({ code: 'VALIDATION.FAILED', message: expect.stringContaining('isSuperuser') });
  });

  it('answers a field of the wrong type with a coded 400', async () => {
    const response = await t.http
      .post('/api/users')
      .set('Authorization', admin)
      .send({ ...newUser(), roles: 'hr' })
      .expect(400);
    expect(response.body).toMatchObject({ code: 'VALIDATION.FAILED', message: expect.stringContaining('roles') });
    const query = await t.http.get('/api/audit/activity?page=first').set('Authorization', admin).expect(400);
    expect(query.body.code).toBe('VALIDATION.FAILED');
  });

  it('answers a body over 100kb with 413 REQUEST.TOO_LARGE, not a 500', async () => {
    const response = await t.http
      .post('/api/users')
      .set('Authorization', admin)
      .send({ ...newUser(), password: 'x'.repeat(101 * 1024) })
      .expect(413);
    expect(response.body).toEqual({ code: 'REQUEST.TOO_LARGE', message: expect.any(String) });
  });

  it('answers a wrong password with 401, a missing token with 401 and a missing role with 403', async () => {
    const wrong = await t.http.post('/api/auth/login').send({ username: 'admin', password: 'not the password' });
    expect(wrong.status).toBe(401);
    const anonymous = await t.http.get('/api/users').expect(401);
    expect(anonymous.body.code).toBe('AUTH.UNAUTHENTICATED');
    const hr = await t.tokenFor('hr');
    const forbidden = await t.http.get('/api/users').set('Authorization', `Bearer ${hr}`).expect(403);
    expect(forbidden.body.code).toBe('AUTH.FORBIDDEN');
  });

  it('replays a command retried with the same Idempotency-Key and refuses the key for another body', async () => {
    const key = `create-user-${randomUUID()}`;
    const body = newUser();
    const first = await t.http.post('/api/users').set('Authorization', admin).set('Idempotency-Key', key).send(body);
    expect(first.status).toBe(201);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    const retry = await t.http.post('/api/users').set('Authorization', admin).set('Idempotency-Key', key).send(body);
    expect(retry.status).toBe(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.body).toEqual(first.body);
    const users = await t.http.get('/api/users').set('Authorization', admin).expect(200);
    expect(users.body.filter((u: { username: string }) => u.username === body.username)).toHaveLength(1);

    const reused = await t.http
      .post('/api/users')
      .set('Authorization', admin)
      .set('Idempotency-Key', key)
      .send(newUser())
      .expect(422);
    expect(reused.body).toEqual({ code: 'IDEMPOTENCY.KEY_REUSED', message: expect.any(String) });
  });

  it('echoes X-Correlation-Id, and makes one up when none is sent', async () => {
    const given = `corr-${randomUUID()}`;
    const echoed = await t.http.get('/health').set('X-Correlation-Id', given).expect(200);
    expect(echoed.headers['x-correlation-id']).toBe(given);
    const made = await t.http.get('/health').expect(200);
    expect(made.headers['x-correlation-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});
