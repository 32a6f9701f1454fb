import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import type { Test } from 'supertest';
import { hostileHeader, hostileId, hostileQuery, isRaw } from '../support/hostile-input.js';
import {
  exampleOf,
  hostileBody,
  oneFieldAtATime,
  plausible,
  type OpenApiSchema,
  type Schemas,
} from '../support/schema-bodies.js';
import { expressRoutes, routeName, WRITE_METHODS, type Route } from '../support/routes.js';
import { startTestApp, testDatabaseKinds, type TestApp } from '../support/test-app.js';

/**
 * Issue 6: generated malformed and hostile bodies, path ids, query strings and headers, sent as an
 * admin to every write route the router serves. Never a 5xx; every refusal is a coded 4xx
 * `{ code: 'AREA.REASON', message }`; a refused request leaves the event count as it was; and no
 * request pollutes Object.prototype. Inputs come from a fixed seed, so a failure repeats.
 */

const SEED = 6_2026_12;
const RUNS = { body: 20, path: 8, query: 5, headers: 4 };
const CODE = /^[A-Z_]+\.[A-Z_]+$/;

interface Attempt {
  route: Route;
  path: string;
  body: unknown;
  headers?: Record<string, string>;
}

interface OpenApiDocument {
  paths: Record<string, Record<string, { requestBody?: { content?: Record<string, { schema?: OpenApiSchema }> } }>>;
  components: { schemas: Schemas };
}

const sample = <T>(arbitrary: fc.Arbitrary<T>, numRuns: number, seed: number): T[] =>
  fc.sample(arbitrary, { seed, numRuns });

const brief = (value: unknown): string => {
  const text = isRaw(value) ? `raw ${value.raw}` : JSON.stringify(value);
  return (text ?? String(value)).length > 160 ? `${(text ?? '').slice(0, 160)}…` : (text ?? String(value));
};

describe.each(testDatabaseKinds())('write routes under hostile input, on $name', (kind) => {
  let t: TestApp;
  let admin: string;
  let routes: Route[];
  let doc: OpenApiDocument;
  let ids: string[];
  /** The id an existing resource of each kind has, by the path segment before `:id` (or the param name). */
  let idFor: Record<string, string>;
  let planExample: { document: unknown; expectedRevision: number; reason: string };
  let planRevision = 1;
  const isPlanRevision = (body: unknown): body is { expectedRevision: number } =>
    typeof body === 'object' &&
    body !== null &&
    (body as { expectedRevision?: unknown }).expectedRevision === planExample.expectedRevision;

  const eventCount = async (): Promise<number> =>
    (await t.dataSource.query(`SELECT count(*)::int AS n FROM events`))[0].n as number;

  beforeAll(async () => {
    t = await startTestApp(kind);
    admin = `Bearer ${await t.tokenFor('admin')}`;
    routes = expressRoutes(t.app).filter((r) => WRITE_METHODS.includes(r.method) && r.path.startsWith('/api/'));
    doc = (await t.http.get('/api/docs-json').expect(200)).body as OpenApiDocument;
    // Real ids, so that some attempts reach a handler with an existing stream rather than a 404.
    const post = async (path: string, body: object) =>
      (await t.http.post(path).set('Authorization', admin).send(body).expect(201)).body.id as string;
    const staffId = await post('/api/staff', {
      name: 'Fuzz Target',
      borough: 'LBHF',
      role: 'social-worker',
      fte: 1,
      startedOn: '2016-04-01',
    });
    const cohortId = await post('/api/cohorts', {
      level: 1,
      name: 'Y1 fuzz',
      provider: 'Tavistock',
      startsOn: '2016-09-01',
      endsOn: '2017-07-31',
      capacity: 5,
    });
    const postId = await post('/api/posts', {
      title: 'Social worker',
      kind: 'social-work',
      borough: 'WCC',
      wte: 0.5,
      fundedBy: 'council',
      annualCostPence: 4_000_000,
      establishedOn: '2016-04-01',
    });
    const userId = await post('/api/users', {
      username: 'fuzz.target',
      password: 'fuzz-target-passphrase',
      roles: ['hr'],
    });
    // A council selected for the Centre's Year 2 intake, with one participant.
    const councilId = await post('/api/centre/intakes/2/councils', {
      name: 'Fuzzshire',
      ofstedRating: 'good',
      leadershipNotes: 'Stable',
      appliedOn: '2016-11-01',
    });
    const decision = { on: '2017-01-20', reason: 'Fuzzing' };
    await t.http
      .post(`/api/centre/intakes/2/councils/${councilId}/selection`)
      .set('Authorization', admin)
      .send(decision)
      .expect(200);
    const registered = await t.http
      .post(`/api/centre/intakes/2/councils/${councilId}/participants`)
      .set('Authorization', admin)
      .send({ registeredOn: '2017-03-01', participants: [{ name: 'Fuzz Participant', group: 'practitioner' }] })
      .expect(201);
    const participantId = registered.body.ids[0] as string;
    ids = [staffId, cohortId, postId, userId, councilId, participantId];
    idFor = { staff: staffId, cohorts: cohortId, posts: postId, users: userId, staffId, year: '2', councilId };
    // `/api/centre/participants/:id/…`: by the path's first segment, since `:id` names other things elsewhere.
    idFor.centre = participantId;
    const plan = (await t.http.get('/api/plan').set('Authorization', admin).expect(200)).body;
    planExample = { document: plan.document, expectedRevision: plan.revision, reason: 'Fuzzing the plan' };
    planRevision = plan.revision;
  });
  afterAll(() => t?.close());

  /** The route's request body schema from the app's own OpenAPI document. */
  const bodySchema = (route: Route): OpenApiSchema => {
    const openApiPath = route.path.replace(/:([A-Za-z_]\w*)/g, '{$1}');
    const operation = doc.paths[openApiPath]?.[route.method.toLowerCase()];
    return operation?.requestBody?.content?.['application/json']?.schema ?? { type: 'object' };
  };

  const concrete = (path: string, id: (param: string) => string): string => path.replace(/:[A-Za-z_]\w*/g, id);
  /** `/api/staff/:id/…` -> 'staff'. */
  const kindOf = (route: Route): string => route.path.split('/')[2] ?? '';

  const send = (attempt: Attempt): Test => {
    const method = attempt.route.method.toLowerCase() as 'post' | 'put' | 'patch' | 'delete';
    let req = t.http[method](attempt.path).set('Authorization', admin);
    for (const [name, value] of Object.entries(attempt.headers ?? {})) req = req.set(name, value);
    // Keep plan revisions current, so that accepted revisions do not turn every later attempt into a 409.
    const body =
      routeName(attempt.route) === 'PUT /api/plan' && isPlanRevision(attempt.body)
        ? { ...attempt.body, expectedRevision: planRevision }
        : attempt.body;
    if (isRaw(body)) return req.set('Content-Type', body.contentType ?? 'application/json').send(body.raw);
    return req.set('Content-Type', 'application/json').send(JSON.stringify(body) ?? 'null');
  };

  /** Every attempt for one route, from its own seed: bodies, then ids, query strings and headers. */
  const attemptsFor = (route: Route, seed: number): Attempt[] => {
    const schema = bodySchema(route);
    const shaped = plausible(doc.components.schemas, schema, ids);
    const example = routeName(route) === 'PUT /api/plan' ? planExample : exampleOf(doc.components.schemas, schema, ids);
    const realId = fc.constantFrom(...ids, randomUUID());
    const bodies = sample(
      fc.tuple(hostileBody(shaped, example), fc.array(realId, { minLength: 3, maxLength: 3 })),
      RUNS.body,
      seed,
    );
    const attempts: Attempt[] = bodies.map(([body, pathIds]) => ({
      route,
      body,
      path: concrete(route.path, () => pathIds.shift() ?? randomUUID()),
    }));
    if (route.path.includes(':'))
      for (const [segments, body] of sample(
        fc.tuple(fc.array(hostileId(ids), { minLength: 3, maxLength: 3 }), shaped),
        RUNS.path,
        seed + 1,
      ))
        attempts.push({ route, body, path: concrete(route.path, () => segments.shift() ?? '..') });
    // Each field of a valid body in turn made hostile, on an existing resource so the handler runs.
    const existing = concrete(route.path, (param) => idFor[param.slice(1)] ?? idFor[kindOf(route)] ?? ids[0]);
    for (const body of oneFieldAtATime(example)) attempts.push({ route, body, path: existing });
    for (const [query, body] of sample(fc.tuple(hostileQuery(), shaped), RUNS.query, seed + 2))
      attempts.push({ route, body, path: `${concrete(route.path, () => ids[0])}?${query}` });
    for (const [key, correlation, body] of sample(
      fc.tuple(hostileHeader(), hostileHeader(), shaped),
      RUNS.headers,
      seed + 3,
    ))
      attempts.push({
        route,
        body,
        path: concrete(route.path, () => ids[0]),
        headers: { 'Idempotency-Key': key, 'X-Correlation-Id': correlation },
      });
    return attempts;
  };

  it('answers every attempt with a coded 4xx or a success, never a 5xx, and refusals write no event', async () => {
    const problems: string[] = [];
    const statuses: Record<string, number> = {};
    let events = await eventCount();
    let sent = 0;
    for (const [index, route] of routes.entries()) {
      for (const attempt of attemptsFor(route, SEED + index * 10)) {
        const res = await send(attempt);
        sent++;
        statuses[res.status] = (statuses[res.status] ?? 0) + 1;
        const now = await eventCount();
        const where = `${routeName(route)} ${attempt.path.slice(0, 120)} ${brief(attempt.body)}`;
        const body = res.body as { code?: unknown; message?: unknown };
        if (res.status >= 500) problems.push(`${res.status} ${JSON.stringify(res.body)} <- ${where}`);
        else if (res.status >= 400) {
          if (typeof body?.code !== 'string' || !CODE.test(body.code) || typeof body.message !== 'string')
            problems.push(`uncoded ${res.status} ${res.text.slice(0, 120)} <- ${where}`);
          if (now !== events) problems.push(`${res.status} ${body.code} but events ${events} -> ${now} <- ${where}`);
        }
        events = now;
        if (routeName(route) === 'PUT /api/plan' && res.status === 200) planRevision = res.body.revision;
        if (({} as Record<string, unknown>).polluted !== undefined)
          problems.push(`Object.prototype polluted <- ${where}`);
      }
    }
    expect({ problems: problems.slice(0, 40), count: problems.length }).toEqual({ problems: [], count: 0 });
    // The test must have reached the routes: most attempts are refusals, and every write route was tried.
    expect(routes.length).toBeGreaterThanOrEqual(20);
    expect(sent).toBeGreaterThan(routes.length * RUNS.body);
    expect(Object.keys(statuses).some((s) => s.startsWith('4'))).toBe(true);
  }, 180_000);
});
