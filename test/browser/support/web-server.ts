import { randomBytes } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { createApp } from '../../../src/bootstrap.js';
import { JsonLogger } from '../../../src/http/json-logger.js';
import type { Clock } from '../../../src/shared/clock.js';
import { migratedPgliteTemplate } from '../../support/pglite-template.js';
import { ROOT } from '../../support/server-process.js';

// A private build of the web app per test process, as server-process.ts does for the server:
// web/dist belongs to whoever last ran `npm run build`, and the test must run the current source.
// Inside the process's own build folder, which server-process.ts removes once the process is gone.
const WEB_OUT = join(ROOT, 'node_modules', '.cache', 'cadre-test-build', String(process.pid), 'web');

export function buildWebOnce(): string {
  const marker = join(WEB_OUT, '.built');
  if (existsSync(marker)) return WEB_OUT;
  const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(
    process.execPath,
    [vite, 'build', 'web', '--outDir', WEB_OUT, '--emptyOutDir', '--logLevel', 'error'],
    // Jest sets NODE_ENV=test, which would give React's development build.
    { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' } },
  );
  if (result.status !== 0 || !existsSync(join(WEB_OUT, 'index.html')))
    throw new Error(`vite build failed:\n${result.stdout}${result.stderr}`);
  writeFileSync(marker, '');
  return WEB_OUT;
}

export const ADMIN_PASSWORD = 'admin-password-for-browser-tests';

/** "Today" for the tests: inside programme Year 3, so the dashboard has ended, current and future years. */
export const TODAY = '2018-10-15';

/** The wall clock moved back to TODAY, still ticking, so events get distinct recorded instants. */
export const clockAt = (day: string): Clock => {
  const offset = Date.now() - Date.parse(`${day}T09:00:00Z`);
  return { now: () => new Date(Date.now() - offset) };
};

export interface WebApp {
  app: INestApplication;
  baseUrl: string;
  /** Creates a user with these roles (as the admin, over HTTP) and returns its credentials. */
  user(...roles: string[]): Promise<{ username: string; password: string; token: string }>;
  /** An authorised JSON request, for arranging what a test does not do through the pages. */
  api<T>(token: string, method: string, path: string, body?: unknown): Promise<T>;
  adminToken(): Promise<string>;
  close(): Promise<void>;
}

/**
 * The real application, configured as main.ts does (same createApp, so the same helmet CSP and
 * static serving), on embedded PGlite in memory, listening on a free port of 127.0.0.1, serving
 * the private web build. A database restored from `initialData` needs the master key that wrapped
 * its people's data keys, or their personal fields cannot be read.
 */
export async function startWebApp(
  initialData?: Blob,
  masterKey: string = randomBytes(32).toString('hex'),
): Promise<WebApp> {
  const webDir = buildWebOnce();
  const app = await createApp(
    {
      CADRE_DATA_DIR: 'memory://',
      CADRE_JWT_SECRET: randomBytes(32).toString('hex'),
      CADRE_MASTER_KEY: masterKey,
      CADRE_ADMIN_PASSWORD: ADMIN_PASSWORD,
      CADRE_WEB_DIR: webDir,
      LOG_LEVEL: 'error',
      CADRE_LOGIN_LIMIT_PER_ADDRESS: '100000',
      CADRE_LOGIN_LIMIT_PER_USER: '100000',
    },
    new JsonLogger(process.env.CADRE_TEST_LOG === 'debug' ? 'debug' : 'error'),
    { clock: clockAt(TODAY), embeddedInitialData: initialData ?? (await migratedPgliteTemplate()) },
  );
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;

  const api = async <T>(token: string, method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
    return (text ? JSON.parse(text) : null) as T;
  };
  const login = async (username: string, password: string): Promise<string> => {
    const response = await fetch(`${baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    if (response.status !== 200) throw new Error(`login ${username}: ${response.status} ${await response.text()}`);
    return ((await response.json()) as { accessToken: string }).accessToken;
  };
  let admin: string | undefined;
  const adminToken = async () => (admin ??= await login('admin', ADMIN_PASSWORD));
  return {
    app,
    baseUrl,
    api,
    adminToken,
    user: async (...roles: string[]) => {
      const username = `${roles.join('-').replace(/[^a-z-]/g, '')}-${randomBytes(3).toString('hex')}`;
      const password = `pw-${randomBytes(12).toString('hex')}`;
      await api(await adminToken(), 'POST', '/api/users', { username, password, roles });
      return { username, password, token: await login(username, password) };
    },
    close: () => app.close(),
  };
}
