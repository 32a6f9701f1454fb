import { randomBytes } from 'node:crypto';
import type { Traffic } from './client.js';
import { sleep } from './instances.js';
import type { Role } from './workload.js';

async function login(baseUrl: string, username: string, password: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const body = (await res.json()) as { accessToken?: string };
  if (res.status !== 200 || !body.accessToken) throw new Error(`login as ${username} answered ${res.status}`);
  return body.accessToken;
}

/** Signs in as the first admin and creates the HR and clinical-lead users the clients act as. */
export async function setUp(
  traffic: Traffic,
  adminPassword: string,
  baseUrl: string,
): Promise<Record<Role | 'admin', string>> {
  const admin = await login(baseUrl, 'admin', adminPassword);
  const tokens: Record<string, string> = { admin };
  for (const [role, roles] of [
    ['hr', ['hr']],
    ['lead', ['clinical-lead']],
  ] as const) {
    const username = `soak-${role}`;
    const password = `soak-${randomBytes(12).toString('hex')}`;
    const created = await traffic.command(
      'setup',
      admin,
      '/api/users',
      { username, password, roles },
      `setup-${role}-${randomBytes(4).toString('hex')}`,
      0,
    );
    if (created?.status !== 201) throw new Error(`creating ${username} answered ${created?.status}`);
    tokens[role] = await login(baseUrl, username, password);
  }
  return tokens as Record<Role | 'admin', string>;
}

interface Status {
  name: string;
  lag: number;
  eventsApplied: number;
}

/** Until every projection has applied every event (bounded: 3 minutes). */
export async function waitForProjections(baseUrl: string, adminToken: string): Promise<void> {
  const deadline = Date.now() + 180_000;
  for (;;) {
    const res = await fetch(`${baseUrl}/api/admin/projections`, {
      headers: { authorization: `Bearer ${adminToken}` },
    }).catch(() => undefined);
    const all = res?.status === 200 ? ((await res.json()) as Status[]) : [];
    if (all.length > 0 && all.every((p) => p.lag === 0)) return;
    if (Date.now() > deadline)
      throw new Error(`projections did not catch up: ${JSON.stringify(all.map((p) => [p.name, p.lag]))}`);
    await sleep(500);
  }
}
