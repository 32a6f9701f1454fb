import type { AddressInfo } from 'node:net';
import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createApp } from '../src/bootstrap.js';
import { JsonLogger } from '../src/http/json-logger.js';
import { postJson, type HttpAnswer } from './http-load.js';

const BOROUGHS = ['LBHF', 'RBKC', 'WCC'];

export const ok = (answer: HttpAnswer) => answer.status >= 200 && answer.status < 300;

/** The real app on a loopback port, signed in as the first admin and as an HR user it creates. */
export interface HttpSession {
  app: INestApplication;
  base: string;
  hr: string;
  admin: string;
  /** Rows in the staff and posts read models now. */
  count(): Promise<{ staff: number; posts: number }>;
  close(): Promise<void>;
}

export async function openHttpSession(
  env: Record<string, string | undefined>,
  adminPassword: string,
  beforeSignIn: (app: INestApplication) => Promise<void> = async () => undefined,
): Promise<HttpSession> {
  const app = await createApp(env, new JsonLogger('error', (line) => process.stderr.write(line + '\n')));
  await app.listen(0, '127.0.0.1');
  try {
    const base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
    await beforeSignIn(app);
    const login = async (username: string, password: string) => {
      const answer = await postJson(base, null, '/api/auth/login', { username, password });
      if (!ok(answer)) throw new Error(`login as ${username} answered ${answer.status} ${JSON.stringify(answer.body)}`);
      return String(answer.body.accessToken);
    };
    const admin = await login('admin', adminPassword);
    const password = `${adminPassword}-hr`;
    const created = await postJson(base, admin, '/api/users', { username: 'bench-hr', password, roles: ['hr'] });
    if (!ok(created))
      throw new Error(`creating the HR user answered ${created.status} ${JSON.stringify(created.body)}`);
    const hr = await login('bench-hr', password);
    const db = app.get(DataSource);
    const count = async () => {
      const [{ staff, posts }] = await db.query(
        `SELECT (SELECT count(*) FROM staff_view WHERE valid_to IS NULL)::int AS staff, (SELECT count(*) FROM post_view WHERE valid_to IS NULL)::int AS posts`,
      );
      return { staff: staff as number, posts: posts as number };
    };
    return { app, base, hr, admin, count, close: () => app.close() };
  } catch (error) {
    await app.close();
    throw error;
  }
}

/** A hire: a registered social worker, full time or (every fourth) 0.6 FTE, in the three boroughs in turn. */
export const hireBody = (i: number) => ({
  name: `Bench Person ${i}`,
  borough: BOROUGHS[i % 3],
  role: 'social-worker',
  fte: i % 4 ? 1 : 0.6,
  startedOn: '2020-01-06',
  registration: { number: `SW${100000 + i}`, registeredOn: '2019-09-01' },
});
