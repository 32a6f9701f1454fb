import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventSourcing } from '../../commands/event-sourcing.service.js';
import { PostgresEventStore } from '../../event-store/postgres/postgres-event-store.js';
import type { ProjectionRunner } from '../../projections/projection-runner.js';
import { systemClock } from '../../shared/clock.js';
import { testDatabaseKinds, type TestDatabase } from '../../../test/support/test-database.js';
import { twoYearPlan } from '../domain/plan.fixtures.js';
import { InitialPlan } from './initial-plan.service.js';

/** The first start's adoption of the plan file, on an empty event store. */
describe.each(testDatabaseKinds())('the initial plan on $name', (kind) => {
  let db: TestDatabase;
  const dir = mkdtempSync(join(tmpdir(), 'cadre-plan-'));
  const file = (name: string, content: string): string => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };

  beforeEach(async () => {
    db = await kind.open();
  });
  afterEach(() => db.close());

  // No projections follow here: settling has nothing to wait for.
  const instance = (planFile?: string) =>
    new InitialPlan(
      new EventSourcing(new PostgresEventStore(db.dataSource), systemClock, {
        running: false,
        notifyAppended: () => {},
      } as unknown as ProjectionRunner),
      { planFile },
    );
  const planEvents = (): Promise<{ type: string; actor: string; reason: string; name: string }[]> =>
    db.dataSource.query(
      `SELECT type, metadata->>'actor' AS actor, metadata->>'reason' AS reason, data->'document'->>'name' AS name
       FROM events WHERE stream_id = 'plan-triborough' ORDER BY stream_version`,
    );

  it('adopts the Triborough plan once as the system actor, even when two instances start together', async () => {
    const adopted = await Promise.all([instance().adoptIfEmpty(), instance().adoptIfEmpty()]);
    expect(adopted.sort()).toEqual([false, true]);
    expect(await instance().adoptIfEmpty()).toBe(false);
    expect(await planEvents()).toEqual([
      {
        type: 'PlanAdopted',
        actor: 'system',
        reason: 'Initial adoption from plans/triborough-2016.json',
        name: 'Triborough systemic practice: clinical team tapering plan 2016',
      },
    ]);
  });

  it('adopts the file named by CADRE_PLAN_FILE instead', async () => {
    const path = file('two-years.json', JSON.stringify(twoYearPlan()));
    expect(await instance(path).adoptIfEmpty()).toBe(true);
    expect(await planEvents()).toEqual([
      { type: 'PlanAdopted', actor: 'system', reason: `Initial adoption from ${path}`, name: 'Test plan' },
    ]);
  });

  it('refuses to start from an invalid plan file, naming every problem, and records nothing', async () => {
    const path = file('invalid.json', JSON.stringify({ ...twoYearPlan(), name: '', fundingLines: 'none' }));
    await expect(instance(path).adoptIfEmpty()).rejects.toThrow(
      `the plan file ${path} is invalid: [{"path":"name","message":"must be non-empty text"},{"path":"fundingLines","message":"must be a list"}]`,
    );
    expect(await planEvents()).toEqual([]);
  });

  it('refuses a plan file that is missing or not JSON', async () => {
    await expect(instance(join(dir, 'missing.json')).adoptIfEmpty()).rejects.toThrow(/cannot read the plan file/);
    await expect(instance(file('bad.json', '{ "name": ')).adoptIfEmpty()).rejects.toThrow(/is not valid JSON/);
    expect(await planEvents()).toEqual([]);
  });
});
