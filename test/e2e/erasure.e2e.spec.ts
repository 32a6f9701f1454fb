import { ProjectionRebuilder } from '../../src/projections/projection-rebuilder.js';
import { ProjectionRegistry } from '../../src/projections/projection-registry.js';
import { FixedClock } from '../../src/shared/clock.js';
import { snapshotOf } from '../support/projection-snapshot.js';
import { expressRoutes } from '../support/routes.js';
import { startTestApp, testDatabaseKinds, type TestApp } from '../support/test-app.js';
import { TrainingClient } from '../support/training-client.js';

/**
 * Issue 6, "Done when": hire, train and appoint a person, erase them, and show their personal data
 * gone from every endpoint and export, the figures unchanged, `verify` passing, no plaintext in
 * the events table, and the read models equal to a rebuild from the events.
 */
const NAME = 'Zephyrine Quillfeather';
const REGISTRATION = 'SW918273';
/** Every personal value recorded about her, some of it in free-text reasons that name her. */
const PERSONAL = ['Zephyrine', 'Quillfeather', REGISTRATION, 'ZQ-MSc-certificate'];

describe.each(testDatabaseKinds())('erasing a leaver’s personal data on $name', (kind) => {
  let t: TestApp;
  let api: TrainingClient;
  let admin: string;
  let zq: string;
  let cohorts: string[];
  let post: string;
  const clock = new FixedClock(new Date('2016-04-01T09:00:00Z'));
  let beforeErasure: string;

  const personalIn = (text: string): string[] => PERSONAL.filter((p) => text.includes(p));
  const rawEventsNaming = async (): Promise<number> => {
    const [{ n }]: { n: number }[] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM events WHERE data::text ~* $1 OR metadata::text ~* $1`,
      [PERSONAL.join('|')],
    );
    return n;
  };
  const figures = async () => ({
    dashboard: await api.get('/api/dashboard/tapering'),
    dashboardThen: await api.get('/api/dashboard/tapering?asAt=2019-03-01'),
    pipeline: await api.get('/api/reports/pipeline?on=2019-03-01'),
    posts: await api.get('/api/posts?asAt=2019-03-01'),
    funding: await api.get('/api/plan/funding'),
    caseloads: await api.get('/api/caseloads/capacity?asAt=2019-03-01'),
  });

  beforeAll(async () => {
    t = await startTestApp(kind, {}, { clock });
    api = new TrainingClient(t, await t.tokenFor('hr', 'clinical-lead'));
    admin = await t.tokenFor('admin');
    zq = await api.hire({
      name: NAME,
      fte: 1,
      registration: { number: REGISTRATION, registeredOn: '2012-09-01' },
      reason: `${NAME} joins from agency work`,
    });
    cohorts = [];
    const years = ['2016', '2017', '2018', '2019'];
    for (const level of [1, 2, 3, 4] as const) {
      const [start, end] = [years[level - 1], String(Number(years[level - 1]) + 1)];
      const cohort = await api.schedule(level, `${start}-09-01`, `${end}-03-31`);
      cohorts.push(cohort);
      clock.set(`${start}-08-01T09:00:00Z`);
      await api.enrol(cohort, zq, `${start}-08-15`);
      clock.set(`${end}-04-02T09:00:00Z`);
      const body = { outcome: 'completed', on: `${end}-03-31`, reason: `${NAME} passed level ${level}` };
      await api.post(`/api/cohorts/${cohort}/enrolments/${zq}/outcome`, body, 200);
    }
    const familyTherapy = { kind: 'family-therapy', evidenceRef: 'ZQ-MSc-certificate', achievedOn: '2020-03-31' };
    await api.post(`/api/staff/${zq}/qualifications`, familyTherapy, 201);
    post = (
      await api.post(
        '/api/posts',
        {
          title: 'Systemic social worker',
          kind: 'social-work',
          borough: 'RBKC',
          wte: 1,
          fundedBy: 'council',
          annualCostPence: 5_400_000,
          establishedOn: '2016-04-01',
        },
        201,
      )
    ).id;
    await api.post(
      `/api/posts/${post}/appointments`,
      { staffId: zq, from: '2020-04-06', reason: `Panel chose ${NAME}` },
      200,
    );
    const allocation = { on: '2020-05-01', cases: 12, reason: `Allocated to ${NAME} at the team meeting` };
    await api.post(`/api/staff/${zq}/caseload/allocations`, allocation, 200);
    clock.set('2021-07-01T09:00:00Z');
    await api.post(`/api/staff/${zq}/departure`, { leftOn: '2021-06-30', reason: `${NAME} moved to Kent` }, 200);
    beforeErasure = clock.now().toISOString();
    clock.set('2026-11-30T09:00:00Z');
  }, 120_000);
  afterAll(() => t?.close());

  it('keeps her personal data sealed in the events table even before erasure', async () => {
    expect((await api.get(`/api/staff/${zq}`)).name).toBe(NAME);
    expect(await rawEventsNaming()).toBe(0);
  });

  it('refuses erasure to anyone but an admin, of someone still employed, and of no one', async () => {
    const erase = (id: string, token: string, body: object = { reason: 'Retention period over' }) =>
      t.http.post(`/api/staff/${id}/erasure`).set('Authorization', `Bearer ${token}`).send(body);
    expect((await erase(zq, await t.tokenFor('hr'))).status).toBe(403);
    const current = await api.hire({ name: 'Still Here' });
    expect((await erase(current, admin)).body).toMatchObject({ code: 'PERSONAL_DATA.STILL_EMPLOYED' });
    expect((await erase('0b0e7c4e-0000-4000-8000-000000000000', admin)).status).toBe(404);
    expect((await erase(zq, admin, {})).body).toMatchObject({ code: 'VALIDATION.FAILED' });
    expect((await api.get(`/api/staff/${zq}`)).name).toBe(NAME);
  });

  it('erases her everywhere, keeps every figure, verifies, and equals a rebuild', async () => {
    const before = await figures();
    const erased = await t.http
      .post(`/api/staff/${zq}/erasure`)
      .set('Authorization', `Bearer ${admin}`)
      .send({ reason: 'Retention period over, ticket DP-1042' });
    expect(erased.status).toBe(200);
    expect(erased.body).toEqual({ id: zq, erasedOn: '2026-11-30' });

    expect(await api.get(`/api/staff/${zq}`)).toMatchObject({
      name: '[erased]',
      leftOn: '2021-06-30',
      dualQualified: true,
      systemicLevel: 4,
    });
    // As it stood before the erasure, and as it was known then: erased there too.
    expect((await api.get(`/api/staff/${zq}?asAt=2020-01-01&knownAt=${beforeErasure}`)).name).toBe('[erased]');
    expect(await figures()).toEqual(before);

    // Every GET route, as JSON and (where it exports) as CSV, for her and her cohort and post.
    const ids: Record<string, string> = { staff: zq, cohorts: cohorts[3], posts: post };
    // The OpenAPI page's static files aside, which hold no data.
    const gets = expressRoutes(t.app).filter(
      (r) => r.method === 'GET' && r.path.startsWith('/api/') && !r.path.startsWith('/api/docs'),
    );
    const reached: string[] = [];
    for (const route of gets) {
      const [, , resource] = route.path.split('/');
      if (route.path.includes(':') && !(resource in ids && /^\/api\/[a-z]+\/:id[a-z/]*$/.test(route.path))) continue;
      const path = route.path.replace(':id', ids[resource]);
      for (const query of ['', '?format=csv', `?asAt=2020-06-01&knownAt=${beforeErasure}`]) {
        const answer = await t.http.get(path + query).set('Authorization', `Bearer ${admin}`);
        if (answer.status !== 200) continue;
        expect({ path: path + query, personal: personalIn(answer.text) }).toEqual({ path: path + query, personal: [] });
        reached.push(route.path);
      }
    }
    expect(new Set(reached)).toEqual(
      new Set([
        ...gets.map((r) => r.path).filter((p) => !p.includes(':')),
        '/api/staff/:id',
        '/api/staff/:id/history',
        '/api/staff/:id/caseload/history',
        '/api/cohorts/:id',
        '/api/posts/:id',
        '/api/posts/:id/history',
      ]),
    );

    expect((await api.get('/api/audit/verify', 200, admin)).ok).toBe(true);
    expect(await rawEventsNaming()).toBe(0);
    const [key]: { wrapped_key: string | null }[] = await t.dataSource.query(
      `SELECT wrapped_key FROM personal_data_keys WHERE subject = $1`,
      [`staff:${zq}`],
    );
    expect(key).toEqual({ wrapped_key: null });

    const registry = t.app.get(ProjectionRegistry);
    for (const projection of registry.all()) {
      const live = await snapshotOf(t.dataSource, projection);
      await t.app.get(ProjectionRebuilder).rebuild(projection);
      expect({ projection: projection.name, tables: await snapshotOf(t.dataSource, projection) }).toEqual({
        projection: projection.name,
        tables: live,
      });
    }
    expect(await figures()).toEqual(before);

    const again = await t.http
      .post(`/api/staff/${zq}/erasure`)
      .set('Authorization', `Bearer ${admin}`)
      .send({ reason: 'twice' });
    expect(again.body).toMatchObject({ code: 'PERSONAL_DATA.ALREADY_ERASED' });
  }, 240_000);
});
