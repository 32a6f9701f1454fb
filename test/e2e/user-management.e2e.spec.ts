import { randomUUID } from 'node:crypto';
import { ADMIN_PASSWORD, startTestApp, testDatabaseKinds, type TestApp } from '../support/test-app.js';

/** Issue 6: an admin disables, enables and resets accounts; a disabled user's token stops at once. */
describe.each(testDatabaseKinds())('user management on $name', (kind) => {
  let t: TestApp;
  let admin: string;
  const password = 'kettle-harbour-plum-42';
  const login = (username: string, pw: string) => t.http.post('/api/auth/login').send({ username, password: pw });
  const asAdmin = (method: 'get' | 'post', path: string) => t.http[method](path).set('Authorization', admin);
  const staffList = (token: string) => t.http.get('/api/staff').set('Authorization', `Bearer ${token}`);

  beforeAll(async () => {
    t = await startTestApp(kind);
    admin = `Bearer ${await t.tokenFor('admin')}`;
  });
  afterAll(() => t?.close());

  it('disables, enables and resets a password, with the trail saying who did what and when', async () => {
    const created = await asAdmin('post', '/api/users').send({ username: 'r.hughes', password, roles: ['hr'] });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    const token = (await login('r.hughes', password).expect(200)).body.accessToken as string;
    expect((await staffList(token)).status).toBe(200);

    const disabled = await asAdmin('post', `/api/users/${id}/disable`);
    expect({ status: disabled.status, disabled: disabled.body.disabled }).toEqual({ status: 200, disabled: true });
    // The very next request with the same, unexpired token is refused...
    expect({ status: (await staffList(token)).status, code: (await staffList(token)).body.code }).toEqual({
      status: 401,
      code: 'AUTH.UNAUTHENTICATED',
    });
    // ...and signing in again answers exactly as a wrong password does.
    const refused = await login('r.hughes', password);
    expect({ status: refused.status, body: refused.body }).toEqual({
      status: 401,
      body: { code: 'AUTH.INVALID_CREDENTIALS', message: 'Wrong username or password' },
    });

    // Enabling lets the person sign in again, but the token from before the disable stays dead.
    // (Tokens carry whole seconds; a sign-in within the disable's own second would count as before it.)
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await asAdmin('post', `/api/users/${id}/enable`)).body.disabled).toBe(false);
    expect((await staffList(token)).status).toBe(401);
    const second = (await login('r.hughes', password).expect(200)).body.accessToken as string;
    expect((await staffList(second)).status).toBe(200);

    await new Promise((resolve) => setTimeout(resolve, 1100)); // so `second` predates the reset's second
    const reset = await asAdmin('post', `/api/users/${id}/password`).send({ password: 'a-quite-new-passphrase' });
    expect(reset.status).toBe(200);
    expect((await staffList(second)).status).toBe(401);
    expect((await login('r.hughes', password)).status).toBe(401);
    expect((await login('r.hughes', 'a-quite-new-passphrase')).status).toBe(200);

    const trail = await asAdmin('get', `/api/users/changes?userId=${id}`);
    expect(trail.status).toBe(200);
    expect(trail.body.map((c: { change: string; actor: string }) => `${c.change} by ${c.actor}`)).toEqual([
      'password-reset by admin',
      'enabled by admin',
      'disabled by admin',
      'created by admin',
    ]);
    expect(Date.parse(trail.body[0].at)).toBeGreaterThan(Date.parse(trail.body[3].at));
  }, 30_000);

  it('lets auditors read the trail but not change accounts; hr neither', async () => {
    const auditor = `Bearer ${await t.tokenFor('auditor')}`;
    const hr = `Bearer ${await t.tokenFor('hr')}`;
    expect((await t.http.get('/api/users/changes').set('Authorization', auditor)).status).toBe(200);
    expect((await t.http.get('/api/users/changes').set('Authorization', hr)).body.code).toBe('AUTH.FORBIDDEN');
    const anyone = (await asAdmin('get', '/api/users')).body[0].id as string;
    const res = await t.http.post(`/api/users/${anyone}/disable`).set('Authorization', auditor);
    expect(res.status).toBe(403);
  });

  it('refuses disabling oneself, unknown and malformed ids, and weak passwords, with coded errors', async () => {
    const me = (await asAdmin('get', '/api/users')).body.find((u: { username: string }) => u.username === 'admin');
    const answers = await Promise.all([
      asAdmin('post', `/api/users/${me.id}/disable`),
      asAdmin('post', `/api/users/${me.id.toUpperCase()}/disable`),
      asAdmin('post', `/api/users/${randomUUID()}/enable`),
      asAdmin('post', '/api/users/not-a-uuid/disable'),
      asAdmin('post', `/api/users/${me.id}/password`).send({ password: 'short' }),
      asAdmin('post', `/api/users/${me.id}/password`).send({ password: 'Password1234' }),
      asAdmin('post', `/api/users/${me.id}/password`).send({}),
      asAdmin('get', '/api/users/changes?limit=0'),
    ]);
    expect(answers.map((r) => `${r.status} ${r.body.code}`)).toEqual([
      '422 USERS.CANNOT_DISABLE_SELF',
      '422 USERS.CANNOT_DISABLE_SELF',
      '404 USERS.NOT_FOUND',
      '400 USERS.INVALID_ID',
      '400 AUTH.PASSWORD_TOO_SHORT',
      '400 AUTH.PASSWORD_TOO_COMMON',
      '400 VALIDATION.FAILED',
      '400 VALIDATION.FAILED',
    ]);
    expect((await login('admin', ADMIN_PASSWORD)).status).toBe(200);
  });
});
