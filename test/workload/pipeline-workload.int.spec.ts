import { CommandBus } from '@nestjs/cqrs';
import { EVENT_STORE } from '../../src/event-store/event-store.port.js';
import { ProjectionRebuilder } from '../../src/projections/projection-rebuilder.js';
import { ProjectionLeases } from '../../src/projections/projection-leases.js';
import { ProjectionRegistry } from '../../src/projections/projection-registry.js';
import { ProjectionRunner } from '../../src/projections/projection-runner.js';
import { startTestApp, testDatabaseKinds, type TestApp } from '../support/test-app.js';
import { DEFAULT_WORKLOAD, generateWorkload } from './generate-workload.js';
import { runWorkload } from './run-workload.js';
import { BOROUGHS } from './workload-model.js';

/**
 * Generated staff and cohorts over four programme years (sizes below),
 * through the command handlers: the pipeline report must equal what the generator counted from
 * its own records, for every programme year and every borough.
 *
 * The real projection runner follows the training projections (which the report reads) live
 * while the commands run; the other contexts' projections are left off, because on these
 * machines one Node thread doing their work as well doubles the run time and tests nothing here.
 * On PostgreSQL 8 commands run at a time, and the training read models are then rebuilt from
 * zero and compared with what live following produced amid those concurrent commits.
 */
const TRAINING_PROJECTIONS = ['cohorts', 'pipeline'];
/**
 * Sized for the CI budget (20 minutes for everything): on PostgreSQL, where eight writers at once
 * make it a concurrency test too, 2,000 staff and 80 cohorts (about 7,100 commands); on the
 * embedded engine, which takes one command at a time, 1,000 staff and 40 cohorts. Both cover every
 * rule and path of the generator; the default size (5,000 staff, 200 cohorts) runs with
 * `WORKLOAD=full`.
 */
const FULL = process.env.WORKLOAD === 'full';
const POSTGRES_SIZE = FULL ? {} : { staff: 2000, cohortsPerYear: 20 };
const EMBEDDED_SIZE = FULL ? {} : { staff: 1000, cohortsPerYear: 10 };
const workloadFor = (kind: string) =>
  generateWorkload({ ...DEFAULT_WORKLOAD, ...(kind === 'PostgreSQL' ? POSTGRES_SIZE : EMBEDDED_SIZE) });

describe.each(testDatabaseKinds())('the pipeline report over a generated workload on $name', (kind) => {
  const workload = workloadFor(kind.name);
  let t: TestApp;
  let token: string;

  const report = async (on: string, borough?: string) =>
    (
      await t.http
        .get(`/api/reports/pipeline?on=${on}${borough ? `&borough=${borough}` : ''}`)
        .set('Authorization', `Bearer ${token}`)
        .expect(200)
    ).body;

  const expectReportsAsGenerated = async () => {
    for (const expected of workload.expected) {
      const actual = await report(expected.on);
      expect({ on: expected.on, year: actual.programmeYear.number, total: actual.total }).toEqual({
        on: expected.on,
        year: expected.programmeYear,
        total: expected.total,
      });
      for (const borough of BOROUGHS) {
        const row = actual.boroughs.find((b: { borough: string }) => b.borough === borough);
        expect({ on: expected.on, ...row }).toEqual({ on: expected.on, borough, ...expected.boroughs[borough] });
        expect((await report(expected.on, borough)).total).toEqual(expected.boroughs[borough]);
      }
    }
  };

  const trainingRunner = (): ProjectionRunner => {
    const registry = new ProjectionRegistry();
    registry.register(...TRAINING_PROJECTIONS.map((name) => t.app.get(ProjectionRegistry).get(name)));
    return new ProjectionRunner(t.dataSource, t.app.get(EVENT_STORE), registry, t.app.get(ProjectionLeases));
  };

  const savedPgOptions = process.env.PGOPTIONS;
  beforeAll(async () => {
    // A scratch database need not survive a power cut: without a disk flush per commit the
    // ~18,000 commands take a fraction of the time, and nothing about their meaning changes.
    if (kind.name === 'PostgreSQL') process.env.PGOPTIONS = '-c synchronous_commit=off';
    t = await startTestApp(kind, { CADRE_PROJECTIONS: 'off' });
    token = await t.tokenFor('clinical-lead');
  });
  afterAll(async () => {
    await t?.close();
    if (savedPgOptions === undefined) delete process.env.PGOPTIONS;
    else process.env.PGOPTIONS = savedPgOptions;
  });

  it('runs the workload and reports exactly the generated figures', async () => {
    const runner = trainingRunner();
    runner.start();
    const started = Date.now();
    const concurrency = kind.name === 'PostgreSQL' ? 8 : 1;
    try {
      const last = await runWorkload(t.app.get(CommandBus), workload.commands, concurrency);
      const written = Date.now();
      expect(await runner.waitFor(last, 600_000)).toBe(true);
      console.info(
        `${kind.name}: ${workload.commands.length} commands (${concurrency} at a time) in ` +
          `${((written - started) / 1000).toFixed(1)} s; read models caught up ` +
          `${((Date.now() - written) / 1000).toFixed(1)} s later`,
      );
    } finally {
      await runner.stop();
    }

    const counts: { type: string; n: number }[] = await t.dataSource.query(
      `SELECT type, count(*)::int AS n FROM events
       WHERE type IN ('WaitlistedPersonPromoted', 'WaitlistedPersonSkipped', 'CohortScheduled', 'StaffHired')
       GROUP BY type ORDER BY type`,
    );
    expect({ WaitlistedPersonSkipped: 0, ...Object.fromEntries(counts.map((c) => [c.type, c.n])) }).toEqual({
      CohortScheduled: workload.cohorts,
      StaffHired: workload.people,
      WaitlistedPersonPromoted: workload.promotions,
      WaitlistedPersonSkipped: workload.skips,
    });
    await expectReportsAsGenerated();
  }, 900_000);

  (kind.name === 'PostgreSQL' ? it : it.skip)(
    'gives the same figures and cohorts after rebuilding the training read models',
    async () => {
      const snapshot = async () => ({
        cohorts: await t.dataSource.query(`SELECT * FROM cohort_view ORDER BY cohort_id, valid_from`),
        members: await t.dataSource.query(`SELECT * FROM cohort_member_view ORDER BY cohort_id, staff_id, valid_from`),
        people: await t.dataSource.query(`SELECT * FROM pipeline_person_view ORDER BY staff_id, valid_from`),
      });
      const before = await snapshot();
      const registry = t.app.get(ProjectionRegistry);
      for (const name of TRAINING_PROJECTIONS) await t.app.get(ProjectionRebuilder).rebuild(registry.get(name));
      expect(await snapshot()).toEqual(before);
      await expectReportsAsGenerated();
    },
    600_000,
  );
});
