import { ADMIN_PASSWORD, startTestApp, type TestApp } from '../support/test-app.js';
import { testDatabaseKinds } from '../support/test-database.js';

/**
 * Issue 6: sign-in attempts are limited per client address and per username (@nestjs/throttler),
 * and a refused attempt looks the same whether the username exists or not. Client addresses come
 * from X-Forwarded-For because the app is told to trust the loopback proxy (CADRE_TRUST_PROXY).
 */
describe.each(testDatabaseKinds().slice(0, 1))('login throttling on $name', (kind) => {
  let t: TestApp;
  const login = (address: string, username: string, password: string) =>
    t.http.post('/api/auth/login').set('X-Forwarded-For', address).send({ username, password });

  beforeAll(async () => {
    t = await startTestApp(kind, {
      CADRE_TRUST_PROXY: 'loopback',
      CADRE_LOGIN_LIMIT_PER_ADDRESS: '10',
      CADRE_LOGIN_LIMIT_PER_USER: '30',
      CADRE_LOGIN_WINDOW_SECONDS: '300',
    });
  });
  afterAll(() => t?.close());

  it('throttles 1,000 wrong passwords from one address after the limit; the owner still signs in from another', async () => {
    const statuses: Record<number, number> = {};
    let first429: number | undefined;
    for (let i = 0; i < 1000; i++) {
      const res = await login('203.0.113.7', 'admin', `wrong password ${i}`);
      statuses[res.status] = (statuses[res.status] ?? 0) + 1;
      if (res.status === 429 && first429 === undefined) {
        first429 = i;
        expect(res.body).toEqual({
          code: 'AUTH.TOO_MANY_ATTEMPTS',
          message: expect.stringMatching(/try again in \d+ s/),
        });
        expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
      }
    }
    expect({ first429, statuses }).toEqual({ first429: 10, statuses: { 401: 10, 429: 990 } });
    // Even the right password is refused from the throttled address...
    expect((await login('203.0.113.7', 'admin', ADMIN_PASSWORD)).status).toBe(429);
    // ...but not from another one.
    const elsewhere = await login('198.51.100.20', 'admin', ADMIN_PASSWORD);
    expect({ status: elsewhere.status, token: typeof elsewhere.body.accessToken }).toEqual({
      status: 200,
      token: 'string',
    });
  }, 120_000);

  it('limits attempts on one username from many addresses', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 35; i++)
      statuses.push((await login(`192.0.2.${i + 1}`, 'target.user', 'wrong password')).status);
    expect(statuses.slice(0, 30).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(30)).toEqual([429, 429, 429, 429, 429]);
  }, 60_000);

  it('answers a wrong password and an unknown username alike', async () => {
    const known = await login('198.51.100.30', 'admin', 'not the password at all');
    const unknown = await login('198.51.100.31', 'nobody.here', 'not the password at all');
    expect({ status: unknown.status, body: unknown.body }).toEqual({ status: known.status, body: known.body });
    expect(known.body).toEqual({ code: 'AUTH.INVALID_CREDENTIALS', message: 'Wrong username or password' });
  });
});
