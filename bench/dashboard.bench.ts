import { getJson, postJson, runLoad, type HttpAnswer } from './http-load.js';
import { progress } from './report.js';
import type { DashboardFigure, HttpFigure } from './results.js';

const BOROUGHS = ['LBHF', 'RBKC', 'WCC'];
/** One post in five is a clinician post; the rest are social work posts, as in the councils' teams. */
const CLINICIAN_EVERY = 5;

export interface DashboardOptions {
  posts: number;
  reads: number;
  /** Staff hired by the command phase, by index: post i is offered to person i. */
  staffIds: string[];
  /** Read-model sizes at the moment of reading, so the figure says what it was measured on. */
  count: () => Promise<{ staff: number; posts: number }>;
}

const ok = (answer: HttpAnswer) => answer.status >= 200 && answer.status < 300;

/**
 * Issue 4's figure: `GET /api/dashboard/tapering` latency (p50/p95/p99) once the store holds at
 * least 5,000 staff and 1,000 posts, today and (issue 5) as at a past date, and as known then. The posts are established and appointed over HTTP first
 * (those commands are timed too), then the dashboard is read one request at a time, so each
 * latency is the dashboard's own and not time spent queueing behind other requests.
 */
export async function benchDashboard(
  base: string,
  token: string,
  options: DashboardOptions,
): Promise<{ commands: HttpFigure[]; dashboard: DashboardFigure[] }> {
  const post = (path: string, body: unknown) => postJson(base, token, path, body);
  const postIds: string[] = [];
  const isClinician = (i: number) => i % CLINICIAN_EVERY === 0;
  // Hired people work 1 FTE, or 0.6 for every fourth: a 0.5 WTE post then fits everyone.
  const wte = (i: number) => (i % 2 ? 1 : 0.5);

  progress(`http: establish ${options.posts} posts`);
  const establish = await runLoad(
    'establish post',
    options.posts,
    4,
    (i) =>
      post('/api/posts', {
        title: isClinician(i) ? `Family therapist ${i}` : `Social worker ${i}`,
        kind: isClinician(i) ? 'clinician' : 'social-work',
        borough: BOROUGHS[i % 3],
        wte: wte(i),
        fundedBy: isClinician(i) ? 'dfe' : 'council',
        annualCostPence: isClinician(i) ? 6_000_000 : 4_500_000,
        establishedOn: '2016-04-01',
      }),
    (i, answer) => {
      if (ok(answer)) postIds[i] = String(answer.body.id);
    },
  );

  const toFill = postIds
    .map((id, i) => ({ id, i }))
    .filter(({ id, i }) => id && !isClinician(i) && options.staffIds[i]);
  progress(`http: appoint ${toFill.length} social work posts`);
  const appoint = await runLoad('appoint', toFill.length, 4, (n) =>
    post(`/api/posts/${toFill[n].id}/appointments`, { staffId: options.staffIds[toFill[n].i], from: '2020-01-06' }),
  );

  const { staff, posts } = await options.count();
  const dashboard: DashboardFigure[] = [];
  // Issue 5's figures: the dashboard as it stood on a past date, and as it was known on another.
  for (const [label, query] of [
    ['whole programme', ''],
    ['one borough', '?borough=WCC'],
    ['as at 2018-03-31', '?asAt=2018-03-31'],
    // Known at the start of the reads: everything the store holds is known then, so the figure is
    // the known-time query path over all of it (an earlier instant would predate the plan itself).
    ['as at 2018-03-31, known at the start of the reads', `?asAt=2018-03-31&knownAt=${new Date().toISOString()}`],
  ]) {
    progress(`http: GET /api/dashboard/tapering${query} x ${options.reads}, one at a time`);
    // A few unmeasured reads first: the first ones compile query plans and fill caches.
    for (let w = 0; w < 5; w++) await getJson(base, token, `/api/dashboard/tapering${query}`);
    const reads = await runLoad(`dashboard, ${label}`, options.reads, 1, () =>
      getJson(base, token, `/api/dashboard/tapering${query}`),
    );
    dashboard.push({ ...reads, staff, posts });
    // The same, computed afresh every time (the figure when the read models have just moved).
    const fresh = await runLoad(`dashboard, ${label}, computed afresh`, options.reads, 1, () =>
      getJson(base, token, `/api/dashboard/tapering${query}`, { 'cache-control': 'no-cache' }),
    );
    dashboard.push({ ...fresh, staff, posts });
  }
  return { commands: [establish, appoint], dashboard };
}
