import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { testDatabaseKinds } from '../support/test-database.js';

const PAGE =
  '<!doctype html><html><head><script type="module" src="/assets/app-1a2b.js"></script></head><body><div id="root"></div></body></html>';

/** Issue 8: the web app's build served at `/`, deep links reloading into it, the API untouched. */
describe.each(testDatabaseKinds().slice(0, 1))('the web app served by the server on $name', (kind) => {
  let t: TestApp;
  let bare: TestApp;
  // A stand-in build in a dot-folder, as the browser tests' private build is (node_modules/.cache).
  const dir = mkdtempSync(join(tmpdir(), 'cadre-web-'));
  const build = join(dir, '.build');

  beforeAll(async () => {
    mkdirSync(join(build, 'assets'), { recursive: true });
    writeFileSync(join(build, 'index.html'), PAGE);
    writeFileSync(join(build, 'assets', 'app-1a2b.js'), 'console.log("cadre");');
    [t, bare] = await Promise.all([
      startTestApp(kind, { CADRE_WEB_DIR: build }),
      startTestApp(kind, { CADRE_WEB_DIR: join(dir, 'no-build-here') }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([t?.close(), bare?.close()]);
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers / and any page path with the app, never cached, under a CSP without inline scripts', async () => {
    for (const path of ['/', '/staff/6f1c2a9e-0d7b-4d8e-9a51-3c2f0b7e4a10', '/audit/timeline/post/x']) {
      const res = await t.http.get(path).set('Accept', 'text/html');
      expect({ path, status: res.status, type: res.type, body: res.text, cache: res.headers['cache-control'] }).toEqual(
        {
          path,
          status: 200,
          type: 'text/html',
          body: PAGE,
          cache: 'no-cache',
        },
      );
      expect(res.headers['content-security-policy']).toMatch(/script-src 'self'(;|$)/);
    }
  });

  it('serves hashed assets for a year, and a missing asset as a coded 404, not the page', async () => {
    const asset = await t.http.get('/assets/app-1a2b.js');
    expect(asset.status).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const missing = await t.http.get('/assets/app-old.js').set('Accept', '*/*');
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ code: 'ROUTE.NOT_FOUND', message: expect.any(String) });
  });

  it('leaves the API, /health and the OpenAPI page as they were', async () => {
    const unknown = await t.http.get('/api/nothing-here').set('Accept', 'text/html');
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('ROUTE.NOT_FOUND');
    expect((await t.http.get('/health')).body).toMatchObject({ status: 'ok' });
    const docs = await t.http.get('/api/docs').set('Accept', 'text/html');
    expect(docs.status).toBe(200);
    expect(docs.text).toContain('swagger-ui');
    const json = await t.http.get('/staff').set('Accept', 'application/json');
    expect(json.status).toBe(404);
    expect(json.body.code).toBe('ROUTE.NOT_FOUND');
  });

  it('is the API alone when there is no build', async () => {
    const res = await bare.http.get('/').set('Accept', 'text/html');
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('ROUTE.NOT_FOUND');
  });
});
