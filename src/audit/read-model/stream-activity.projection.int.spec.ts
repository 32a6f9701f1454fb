import { randomUUID } from 'node:crypto';
import type { ProjectionContext } from '../../projections/projection.js';
import type { RecordedEvent } from '../../shared/event.js';
import { testDatabaseKinds, type TestDatabase } from '../../../test/support/test-database.js';
import { categoryOf, StreamActivityProjection } from './stream-activity.projection.js';

let position = 0n;
const recorded = (
  streamId: string,
  streamVersion: number,
  type: string,
  recordedAt: string,
  actor = 'hr.amira',
): RecordedEvent => ({
  eventId: randomUUID(),
  streamId,
  streamVersion,
  position: { commit: ++position, prepare: position },
  type,
  schemaVersion: 1,
  data: {},
  metadata: { actor, correlationId: randomUUID(), recordedAt },
  hash: '',
});

describe('categoryOf', () => {
  it('is the stream id up to its first dash, or the whole id without one', () => {
    expect(categoryOf('staff-6f1c2a9e-0d7b')).toBe('staff');
    expect(categoryOf('plan')).toBe('plan');
    expect(categoryOf('-odd')).toBe('');
  });
});

describe.each(testDatabaseKinds())('stream-activity projection on $name', (kind) => {
  let db: TestDatabase;
  const projection = new StreamActivityProjection();
  const apply = async (...events: RecordedEvent[]) => {
    const ctx: ProjectionContext = { query: (sql, params) => db.dataSource.query(sql, params), table: (t) => t };
    for (const event of events) await projection.apply(event, ctx);
  };
  const row = async (streamId: string) =>
    (
      await db.dataSource.query(
        `SELECT category, event_count::int, first_type, last_type, first_recorded_at, last_recorded_at, last_actor
         FROM stream_activity WHERE stream_id = $1`,
        [streamId],
      )
    )[0];

  beforeAll(async () => {
    db = await kind.open();
  });
  afterAll(() => db?.close());

  it('keeps one row per stream: count, first and last event, last actor', async () => {
    const stream = `staff-${randomUUID()}`;
    await apply(
      recorded(stream, 0, 'StaffHired', '2016-04-01T09:00:00.000Z', 'hr.amira'),
      recorded(stream, 1, 'QualificationRecorded', '2016-04-02T10:00:00.000Z', 'hr.ben'),
      recorded(stream, 2, 'StaffLeft', '2016-05-03T11:00:00.000Z', 'lead.chen'),
    );
    expect(await row(stream)).toEqual({
      category: 'staff',
      event_count: 3,
      first_type: 'StaffHired',
      last_type: 'StaffLeft',
      first_recorded_at: new Date('2016-04-01T09:00:00.000Z'),
      last_recorded_at: new Date('2016-05-03T11:00:00.000Z'),
      last_actor: 'lead.chen',
    });
  });

  it('takes first and last by stream version when the global order delivers them out of order', async () => {
    const stream = `cohort-${randomUUID()}`;
    await apply(
      recorded(stream, 1, 'PersonEnrolled', '2016-08-02T09:00:00.000Z', 'hr.ben'),
      recorded(stream, 0, 'CohortScheduled', '2016-08-01T09:00:00.000Z', 'admin'),
    );
    expect(await row(stream)).toMatchObject({
      event_count: 2,
      first_type: 'CohortScheduled',
      last_type: 'PersonEnrolled',
      last_actor: 'hr.ben',
      first_recorded_at: new Date('2016-08-01T09:00:00.000Z'),
    });
  });

  it('counts events per UTC day, type and actor', async () => {
    const type = `Counted${randomUUID().slice(0, 8)}`;
    await apply(
      recorded(`x-${randomUUID()}`, 0, type, '2017-03-31T23:59:59.000Z', 'hr.amira'),
      recorded(`x-${randomUUID()}`, 0, type, '2017-03-31T00:00:00.000Z', 'hr.amira'),
      recorded(`x-${randomUUID()}`, 0, type, '2017-04-01T00:00:00.000Z', 'hr.amira'),
      recorded(`x-${randomUUID()}`, 0, type, '2017-04-01T00:00:00.000Z', 'hr.ben'),
    );
    const rows = await db.dataSource.query(
      `SELECT to_char(day, 'YYYY-MM-DD') AS day, actor, event_count::int AS n FROM daily_activity
       WHERE event_type = $1 ORDER BY day, actor`,
      [type],
    );
    expect(rows).toEqual([
      { day: '2017-03-31', actor: 'hr.amira', n: 2 },
      { day: '2017-04-01', actor: 'hr.amira', n: 1 },
      { day: '2017-04-01', actor: 'hr.ben', n: 1 },
    ]);
  });
});
