import { randomUUID } from 'node:crypto';
import { startTestApp, testDatabaseKinds, type TestApp } from '../support/test-app.js';

/**
 * Auditors change nothing. Every write route the running app serves is found from its router,
 * not listed by hand, so a route added later without `@Roles` fails this test.
 */

interface Route {
  method: string;
  path: string;
}

const WRITE_METHODS = ['post', 'put', 'patch', 'delete'];
const NOT_A_WRITE = ['POST /api/auth/login'];

/** The routes Express actually dispatches (Express 5 keeps them on `app.router`). */
const writeRoutes = (t: TestApp): Route[] => {
  const express = t.app.getHttpAdapter().getInstance() as {
    router?: { stack: { route?: { path: string; methods: Record<string, boolean> } }[] };
    _router?: { stack: { route?: { path: string; methods: Record<string, boolean> } }[] };
  };
  const stack = (express.router ?? express._router)?.stack ?? [];
  return stack
    .flatMap((layer) =>
      layer.route
        ? Object.keys(layer.route.methods)
            .filter((m) => layer.route!.methods[m] && WRITE_METHODS.includes(m))
            .map((m) => ({ method: m.toUpperCase(), path: layer.route!.path }))
        : [],
    )
    .filter((r) => r.path.startsWith('/api/') && !NOT_A_WRITE.includes(`${r.method} ${r.path}`));
};

/** A path the route matches: every `:param` becomes a random UUID. */
const plausible = (path: string): string => path.replace(/:[A-Za-z_]\w*/g, () => randomUUID());

describe.each(testDatabaseKinds())('auditors change nothing, on $name', (kind) => {
  let t: TestApp;
  let routes: Route[];

  beforeAll(async () => {
    t = await startTestApp(kind);
    routes = writeRoutes(t);
  });
  afterAll(() => t?.close());

  it('finds the write routes from the router, including known ones', () => {
    const names = routes.map((r) => `${r.method} ${r.path}`);
    expect(names).toEqual(
      expect.arrayContaining([
        'POST /api/staff',
        'POST /api/staff/:id/changes',
        'PUT /api/plan',
        'POST /api/posts',
        'POST /api/users',
      ]),
    );
    expect(names).not.toContain('POST /api/auth/login');
    expect(routes.length).toBeGreaterThanOrEqual(10);
  });

  it('refuses every write route to an auditor: 403 AUTH.FORBIDDEN', async () => {
    const auditor = `Bearer ${await t.tokenFor('auditor')}`;
    const answers: string[] = [];
    for (const route of routes) {
      const path = plausible(route.path);
      const res = await t.http[route.method.toLowerCase() as 'post'](path)
        .set('Authorization', auditor)
        .set('Content-Type', 'application/json')
        .send({});
      answers.push(`${route.method} ${route.path} -> ${res.status} ${res.body?.code}`);
    }
    expect(answers).toEqual(routes.map((r) => `${r.method} ${r.path} -> 403 AUTH.FORBIDDEN`));
  });

  it('left the event store as it was', async () => {
    const before = await t.dataSource.query(`SELECT count(*)::int AS n FROM events`);
    const auditor = `Bearer ${await t.tokenFor('auditor')}`;
    for (const route of routes)
      await t.http[route.method.toLowerCase() as 'post'](plausible(route.path)).set('Authorization', auditor).send({});
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM events`)).toEqual(before);
  });
});
