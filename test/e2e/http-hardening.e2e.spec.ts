import { startTestApp, type TestApp } from '../support/test-app.js';
import { testDatabaseKinds } from '../support/test-database.js';
import { loadConfig } from '../../src/config/app-config.js';

/** Issue 6, hardening: security headers on every answer, and cross-origin calls only from configured origins. */
describe.each(testDatabaseKinds().slice(0, 1))('HTTP hardening on $name', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind, { CADRE_CORS_ORIGINS: 'https://hr.example.gov.uk' });
  });
  afterAll(() => t?.close());

  it('sends security headers, on answers and on errors, and no X-Powered-By', async () => {
    for (const res of [await t.http.get('/health'), await t.http.get('/api/staff')]) {
      expect(res.headers).toMatchObject({
        'x-content-type-options': 'nosniff',
        'x-frame-options': 'SAMEORIGIN',
        'strict-transport-security': expect.stringContaining('max-age='),
        'content-security-policy': expect.stringContaining("default-src 'self'"),
      });
      expect(res.headers['x-powered-by']).toBeUndefined();
    }
  });

  it('answers a preflight from a configured origin, and not from another', async () => {
    const allowed = await t.http
      .options('/api/staff')
      .set('Origin', 'https://hr.example.gov.uk')
      .set('Access-Control-Request-Method', 'POST')
      .set('Access-Control-Request-Headers', 'authorization,content-type');
    expect(allowed.status).toBe(204);
    expect(allowed.headers['access-control-allow-origin']).toBe('https://hr.example.gov.uk');
    expect(allowed.headers['access-control-allow-headers']).toMatch(/Authorization/);

    const other = await t.http
      .options('/api/staff')
      .set('Origin', 'https://evil.example.com')
      .set('Access-Control-Request-Method', 'POST');
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
    const read = await t.http.get('/health').set('Origin', 'https://evil.example.com');
    expect(read.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('refuses a malformed CORS origin at start-up', () => {
    expect(() => loadConfig({ CADRE_CORS_ORIGINS: 'hr.example.gov.uk' })).toThrow(/CADRE_CORS_ORIGINS/);
    expect(() => loadConfig({ CADRE_CORS_ORIGINS: 'https://a.example/path' })).toThrow(/CADRE_CORS_ORIGINS/);
    expect(loadConfig({ CADRE_CORS_ORIGINS: 'https://a.example, http://localhost:5173' }).corsOrigins).toEqual([
      'https://a.example',
      'http://localhost:5173',
    ]);
  });
});
