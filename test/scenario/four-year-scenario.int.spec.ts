import { ProjectionRebuilder } from '../../src/projections/projection-rebuilder.js';
import { ProjectionRegistry } from '../../src/projections/projection-registry.js';
import { ProjectionStatusService } from '../../src/projections/projection-status.service.js';
import { FixedClock } from '../../src/shared/clock.js';
import { snapshotOf } from '../support/projection-snapshot.js';
import { startTestApp, testDatabaseKinds, type TestApp } from '../support/test-app.js';
import { EXPECTED_ALL, EXPECTED_LBHF, EXPECTED_RBKC, EXPECTED_WCC } from './four-year-scenario.expected.js';
import { runFourYearScenario, SCENARIO_NOW } from './four-year-scenario.js';

/**
 * The four-year scenario, played through the API on a fixed clock, gives the dashboard worked out
 * by hand, for the programme and for each borough; rebuilding every read model from the events
 * gives the same dashboard and the same rows.
 */
describe.each(testDatabaseKinds())('the four-year scenario on $name', (kind) => {
  let t: TestApp;
  let token: string;
  const scopes = { all: '', LBHF: '?borough=LBHF', RBKC: '?borough=RBKC', WCC: '?borough=WCC' };
  const dashboards = async () => {
    const result: Record<string, unknown> = {};
    for (const [scope, query] of Object.entries(scopes)) {
      const res = await t.http.get(`/api/dashboard/tapering${query}`).set('Authorization', `Bearer ${token}`);
      expect(res.status).toBe(200);
      result[scope] = res.body;
    }
    return result;
  };

  /** Each command waits for the read models, but only so long: under load the last ones may still be applying. */
  const caughtUp = async () => {
    const status = t.app.get(ProjectionStatusService);
    for (let tries = 0; (await status.list()).some((p) => p.lag > 0); tries++) {
      if (tries > 600) throw new Error('the projections did not catch up');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };

  beforeAll(async () => {
    t = await startTestApp(kind, {}, { clock: new FixedClock(SCENARIO_NOW) });
    await runFourYearScenario(t);
    await caughtUp();
    token = await t.tokenFor('auditor');
  }, 600_000);
  afterAll(() => t?.close());

  it('shows the programme and every borough exactly as expected', async () => {
    const seen = await dashboards();
    expect(seen.all).toEqual(EXPECTED_ALL);
    expect(seen.LBHF).toEqual(EXPECTED_LBHF);
    expect(seen.RBKC).toEqual(EXPECTED_RBKC);
    expect(seen.WCC).toEqual(EXPECTED_WCC);
  });

  it('shows the same dashboard, from the same rows, after every read model is rebuilt from the events', async () => {
    const before = await dashboards();
    const projections = t.app.get(ProjectionRegistry).all();
    const rowsBefore = await Promise.all(projections.map((p) => snapshotOf(t.dataSource, p)));
    const rebuilder = t.app.get(ProjectionRebuilder);
    for (const projection of projections) await rebuilder.rebuild(projection);
    expect(await Promise.all(projections.map((p) => snapshotOf(t.dataSource, p)))).toEqual(rowsBefore);
    expect(await dashboards()).toEqual(before);
    expect(before.all).toEqual(EXPECTED_ALL);
  });
});
