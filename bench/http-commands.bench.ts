import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EVENT_STORE, type EventStore } from '../src/event-store/event-store.port.js';
import { checkpoints } from '../src/projections/checkpoints.js';
import { ProjectionRegistry } from '../src/projections/projection-registry.js';
import { benchDashboard } from './dashboard.bench.js';
import { hireBody, ok, openHttpSession } from './http-session.js';
import { postJson, runLoad, skippedFigure, type HttpAnswer } from './http-load.js';
import { progress } from './report.js';
import type { DashboardFigure, HttpFigure } from './results.js';

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
  const session = await openHttpSession(env, options.adminPassword, (app) => waitForProjections(app, options.notes));
  try {
    const staffIds: string[] = [];
    const commands = await drive(session.base, session.hr, options, staffIds);
    const dashboard = await benchDashboard(session.base, session.admin, {
      posts: options.dashboardPosts,
      reads: options.dashboardReads,
      staffIds,
      count: session.count,
    });
    return { commands: [...commands, ...dashboard.commands], dashboard: dashboard.dashboard };
  } finally {
    await session.close();
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
  const note = (figure: HttpFigure & { firstFailure?: string }) => {
    if (figure.firstFailure) notes.push(`HTTP ${figure.name}: first failure ${figure.firstFailure}`);
    delete figure.firstFailure;
    return figure;
  };

  const probe = await post('/api/staff', hireBody(requests));
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
