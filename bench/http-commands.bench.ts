import type { AddressInfo } from 'node:net';
import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createApp } from '../src/bootstrap.js';
import { EVENT_STORE, type EventStore } from '../src/event-store/event-store.port.js';
import { JsonLogger } from '../src/http/json-logger.js';
import { checkpoints } from '../src/projections/checkpoints.js';
import { ProjectionRegistry } from '../src/projections/projection-registry.js';
import { benchDashboard } from './dashboard.bench.js';
import { postJson, runLoad, skippedFigure, type HttpAnswer } from './http-load.js';
import { progress } from './report.js';
import type { DashboardFigure, HttpFigure } from './results.js';

const BOROUGHS = ['LBHF', 'RBKC', 'WCC'];
/** Enrolments per cohort: below its capacity, so every enrolment takes a place. */
const PER_COHORT = 25;
const CATCH_UP_LIMIT_MS = 5 * 60_000;

export interface HttpOptions {
  requests: number;
  concurrency: number;
  dashboardPosts: number;
  dashboardReads: number;
  adminPassword: string;
  notes: string[];
}

const missing = (answer: HttpAnswer) => answer.status === 404 && answer.body.code === 'ROUTE.NOT_FOUND';
const ok = (answer: HttpAnswer) => answer.status >= 200 && answer.status < 300;

/**
 * The real app, listening on a loopback port with its projections following, driven over HTTP:
 * hire, then enrol each person hired, then record each one's outcome. Each command answers only
 * once the read models include it (EventSourcing.settle), so the latency includes that wait.
 * Then posts are established and filled, and the tapering dashboard is read (issue 4's figure).
 */
export async function benchHttpCommands(
  env: Record<string, string | undefined>,
  options: HttpOptions,
): Promise<{ commands: HttpFigure[]; dashboard: DashboardFigure[] }> {
  const stderrLogger = new JsonLogger('error', (line) => process.stderr.write(line + '\n'));
  const app = await createApp(env, stderrLogger);
  await app.listen(0, '127.0.0.1');
  try {
    const base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
    await waitForProjections(app, options.notes);
    const { hr, admin } = await tokens(base, options.adminPassword);
    const staffIds: string[] = [];
    const commands = await drive(base, hr, options, staffIds);
    const db = app.get(DataSource);
    const count = async () => {
      const [{ staff, posts }] = await db.query(
        `SELECT (SELECT count(*) FROM staff_view)::int AS staff, (SELECT count(*) FROM post_view)::int AS posts`,
      );
      return { staff: staff as number, posts: posts as number };
    };
    const dashboard = await benchDashboard(base, admin, {
      posts: options.dashboardPosts,
      reads: options.dashboardReads,
      staffIds,
      count,
    });
    const { staff } = await count();
    if (staff < 5_000)
      options.notes.push(`the dashboard was read with ${staff} staff, fewer than issue 4's 5,000: fill more events`);
    return { commands: [...commands, ...dashboard.commands], dashboard: dashboard.dashboard };
  } finally {
    await app.close();
  }
}

async function drive(
  base: string,
  token: string,
  { requests, concurrency, notes }: HttpOptions,
  staffIds: string[],
): Promise<HttpFigure[]> {
  const post = (path: string, body: unknown) => postJson(base, token, path, body);
  const today = new Date().toISOString().slice(0, 10);
  const nextYear = `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`;
  const hireBody = (i: number) => ({
    name: `Bench Person ${i}`,
    borough: BOROUGHS[i % 3],
    role: 'social-worker',
    fte: i % 4 ? 1 : 0.6,
    startedOn: '2020-01-06',
    registration: { number: `SW${100000 + i}`, registeredOn: '2019-09-01' },
  });
  const note = (figure: HttpFigure & { firstFailure?: string }) => {
    if (figure.firstFailure) notes.push(`HTTP ${figure.name}: first failure ${figure.firstFailure}`);
    delete figure.firstFailure;
    return figure;
  };

  const probe = await post('/api/staff', hireBody(-1));
  if (missing(probe)) {
    const reason = 'skipped: endpoint missing (404)';
    return ['hire', 'enrol', 'outcome'].map((n) => skippedFigure(n, reason));
  }
  progress(`http: hire x ${requests}`);
  const hire = note(
    await runLoad(
      'hire',
      requests,
      concurrency,
      (i) => post('/api/staff', hireBody(i)),
      (i, a) => {
        if (ok(a)) staffIds[i] = String(a.body.id);
      },
    ),
  );
  const hired = staffIds.filter(Boolean);

  const cohortCount = Math.max(1, Math.ceil(hired.length / PER_COHORT));
  const cohortIds: string[] = [];
  const schedule = (i: number) =>
    post('/api/cohorts', {
      level: 1,
      name: `Bench foundation ${i}`,
      provider: 'Tavistock',
      startsOn: today,
      endsOn: nextYear,
      capacity: PER_COHORT + 5,
    });
  const first = await schedule(0);
  if (missing(first))
    return [hire, ...['enrol', 'outcome'].map((n) => skippedFigure(n, 'skipped: endpoint missing (404)'))];
  if (!ok(first)) throw new Error(`POST /api/cohorts answered ${first.status} ${JSON.stringify(first.body)}`);
  cohortIds[0] = String(first.body.id);
  await runLoad(
    'schedule',
    cohortCount - 1,
    concurrency,
    (i) => schedule(i + 1),
    (i, a) => {
      cohortIds[i + 1] = String(a.body.id);
    },
  );
  // Consecutive requests go to different cohorts, so concurrent enrolments rarely share a stream.
  const cohortOf = (i: number) => cohortIds[i % cohortCount];

  progress(`http: enrol x ${hired.length} into ${cohortCount} cohorts`);
  const enrolled: boolean[] = [];
  const enrol = note(
    await runLoad(
      'enrol',
      hired.length,
      concurrency,
      (i) => post(`/api/cohorts/${cohortOf(i)}/enrolments`, { staffId: hired[i] }),
      (i, a) => {
        enrolled[i] = ok(a);
      },
    ),
  );
  if (enrol.ok === 0 && enrol.failures['404 ROUTE.NOT_FOUND'])
    return [
      hire,
      { ...enrol, skipped: 'skipped: endpoint missing (404)' },
      skippedFigure('outcome', 'skipped: no enrolments'),
    ];

  const toClose = hired.map((id, i) => ({ id, cohort: cohortOf(i) })).filter((_, i) => enrolled[i]);
  progress(`http: outcome x ${toClose.length}`);
  const outcome = note(
    await runLoad('outcome', toClose.length, concurrency, (i) =>
      post(`/api/cohorts/${toClose[i].cohort}/enrolments/${toClose[i].id}/outcome`, {
        outcome: 'completed',
        on: today,
      }),
    ),
  );
  if (outcome.ok === 0 && outcome.failures['404 ROUTE.NOT_FOUND'])
    return [hire, enrol, { ...outcome, skipped: 'skipped: endpoint missing (404)' }];
  return [hire, enrol, outcome];
}

/** Logs in as the first admin and creates an HR user (HR records staff and training): both tokens. */
async function tokens(base: string, adminPassword: string): Promise<{ hr: string; admin: string }> {
  const login = async (username: string, password: string) => {
    const answer = await postJson(base, null, '/api/auth/login', { username, password });
    if (!ok(answer)) throw new Error(`login as ${username} answered ${answer.status} ${JSON.stringify(answer.body)}`);
    return String(answer.body.accessToken);
  };
  const admin = await login('admin', adminPassword);
  const password = `${adminPassword}-hr`;
  const created = await postJson(base, admin, '/api/users', { username: 'bench-hr', password, roles: ['hr'] });
  if (!ok(created)) throw new Error(`creating the HR user answered ${created.status} ${JSON.stringify(created.body)}`);
  return { hr: await login('bench-hr', password), admin };
}

/** Lets the live projections catch up (events appended by the append phase) before timing anything. */
async function waitForProjections(app: INestApplication, notes: string[]): Promise<void> {
  const store = app.get<EventStore>(EVENT_STORE);
  const db = app.get(DataSource);
  const projections = app.get(ProjectionRegistry).all();
  const deadline = Date.now() + CATCH_UP_LIMIT_MS;
  for (;;) {
    const all = await checkpoints.all(db);
    const behind = [];
    for (const p of projections) {
      const position = all.get(p.name)?.position;
      if (!position || (await store.readAll(position, 1)).events.length > 0) behind.push(p.name);
    }
    if (behind.length === 0) return;
    if (Date.now() > deadline) {
      notes.push(
        `HTTP commands started with projections still behind: ${behind.join(', ')} (latencies include settle timeouts)`,
      );
      return;
    }
    progress(`http: waiting for projections to catch up: ${behind.join(', ')}`);
    await new Promise((r) => setTimeout(r, 2000));
  }
}
