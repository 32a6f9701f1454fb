import { randomBytes } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/bootstrap.js';
import type { AppOptions } from '../../src/config/app-config.js';
import { migratedPgliteTemplate } from './pglite-template.js';
import { JsonLogger } from '../../src/http/json-logger.js';
import { createScratchDatabase, testDatabaseKinds, type TestDatabaseKind } from './test-database.js';

export const ADMIN_PASSWORD = 'admin-password-for-tests';

export interface TestApp {
  app: INestApplication;
  http: ReturnType<typeof request>;
  /** The app's own DataSource (to look at events or read models directly). */
  dataSource: DataSource;
  /** A bearer token for a user with these roles (created on first use). */
  tokenFor(...roles: string[]): Promise<string>;
  close(): Promise<void>;
}

/**
 * The real application, configured exactly as main.ts does, on a fresh database: in-memory PGlite
 * or a scratch database on the TEST_DATABASE_URL server. Requests go through supertest.
 */
export async function startTestApp(
  kind: TestDatabaseKind,
  env: Record<string, string> = {},
  options: AppOptions = {},
): Promise<TestApp> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  const scratch = kind.name === 'PostgreSQL' && adminUrl ? await createScratchDatabase(adminUrl) : null;
  const app = await createApp(
    {
      CADRE_DATA_DIR: 'memory://',
      ...(scratch ? { DATABASE_URL: scratch.url } : {}),
      CADRE_JWT_SECRET: randomBytes(32).toString('hex'),
      CADRE_MASTER_KEY: randomBytes(32).toString('hex'),
      CADRE_ADMIN_PASSWORD: ADMIN_PASSWORD,
      LOG_LEVEL: 'error',
      // Tests sign in far more often than people do; test/e2e/login-throttling sets real limits.
      CADRE_LOGIN_LIMIT_PER_ADDRESS: '100000',
      CADRE_LOGIN_LIMIT_PER_USER: '100000',
      ...env,
    },
    new JsonLogger('error'),
    { ...options, embeddedInitialData: scratch ? undefined : await migratedPgliteTemplate() },
  );
  await app.init();
  const http = request(app.getHttpServer());
  const tokens = new Map<string, string>();
  const login = async (username: string, password: string) =>
    (await http.post('/api/auth/login').send({ username, password }).expect(200)).body.accessToken as string;
  const tokenFor = async (...roles: string[]) => {
    const key = [...roles].sort().join('+');
    if (!tokens.has(key)) {
      const admin = await login('admin', ADMIN_PASSWORD);
      if (key === 'admin') tokens.set(key, admin);
      else {
        const username = `user-${key.replace(/[^a-z]/g, '')}-${randomBytes(3).toString('hex')}`;
        const password = `pw-${randomBytes(12).toString('hex')}`;
        const auth = `Bearer ${admin}`;
        await http.post('/api/users').set('Authorization', auth).send({ username, password, roles }).expect(201);
        tokens.set(key, await login(username, password));
      }
    }
    return tokens.get(key)!;
  };
  return {
    app,
    http,
    dataSource: app.get(DataSource),
    tokenFor,
    close: async () => {
      await app.close();
      await scratch?.drop();
    },
  };
}

export { testDatabaseKinds };
