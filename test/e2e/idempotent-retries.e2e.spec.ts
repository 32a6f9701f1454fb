import { createHash, randomUUID } from 'node:crypto';
import { canonicalJson } from '../../src/shared/canonical-json.js';
import { FixedClock } from '../../src/shared/clock.js';
import { startTestApp, testDatabaseKinds, type TestApp } from '../support/test-app.js';
import { TrainingClient } from '../support/training-client.js';

/**
 * Idempotency-Key retries after an attempt that never stored its outcome (issue 11). The state a
 * crash leaves is made directly in `idempotency_keys`: the key still pending, its lease lapsed,
 * with or without the first attempt's events committed. test/integration/crash-retries crashes a
 * real server instead.
 */
describe.each(testDatabaseKinds())('Idempotency-Key retries on $name', (kind) => {
  let t: TestApp;
  let hr: string;
  let api: TrainingClient;
  const clock = new FixedClock(new Date('2016-09-20T09:00:00Z'));

  beforeAll(async () => {
    t = await startTestApp(kind, {}, { clock });
    hr = await t.tokenFor('hr');
    api = new TrainingClient(t, hr);
  });
  afterAll(() => t?.close());

  const send = (path: string, body: object, key: string, correlationId: string) =>
    t.http
      .post(path)
      .set('Authorization', `Bearer ${hr}`)
      .set('Idempotency-Key', key)
      .set('X-Correlation-Id', correlationId)
      .send(body);

  /** What a crash between the commit and the stored outcome leaves: pending, lease lapsed. */
  const crashedBeforeItsOutcome = (key: string) =>
    t.dataSource.query(
      `UPDATE idempotency_keys SET state = 'pending', status_code = NULL, body = NULL,
         lease_until = now() - interval '1 second' WHERE key = $1`,
      [key],
    );

  const eventsOf = async (correlationId: string) =>
    (
      (await t.dataSource.query(
        `SELECT type, stream_id, event_id::text, metadata->>'commandId' AS command FROM events
         WHERE metadata->>'correlationId' = $1 ORDER BY global_position`,
        [correlationId],
      )) as { type: string; stream_id: string; event_id: string; command: string }[]
    ).map((e) => ({ type: e.type, stream: e.stream_id, id: e.event_id, command: e.command }));

  const person = { name: 'Ana Silva', borough: 'RBKC', role: 'social-worker', fte: 0.8, startedOn: '2016-04-01' };

  it('gives a retry of a hire that committed without answering the same person, hired once', async () => {
    const key = `hire-${randomUUID()}`;
    const correlation = `corr-${randomUUID()}`;
    const first = await send('/api/staff', person, key, correlation).expect(201);
    const stored = await eventsOf(correlation);
    expect(stored.map((e) => [e.type, e.stream])).toEqual([['StaffHired', `staff-${first.body.id}`]]);
    expect(stored[0].command).toMatch(/^[0-9a-f-]{36}$/);

    await crashedBeforeItsOutcome(key);
    const retry = await send('/api/staff', person, key, correlation).expect(201);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(await eventsOf(correlation)).toEqual(stored);
    // And the outcome is stored now: the next retry is a plain replay.
    const again = await send('/api/staff', person, key, correlation).expect(201);
    expect(again.body).toEqual(first.body);
  });

  it('gives a retry of an enrolment into the last place, which committed, "enrolled" again and not a refusal', async () => {
    const cohort = await api.schedule(1, '2016-10-01', '2017-02-28', 1);
    const ana = await api.hire();
    const key = `enrol-${randomUUID()}`;
    const correlation = `corr-${randomUUID()}`;
    const body = { staffId: ana, enrolledOn: '2016-09-15' };
    const first = await send(`/api/cohorts/${cohort}/enrolments`, body, key, correlation).expect(201);
    expect(first.body).toMatchObject({ status: 'enrolled' });
    const stored = await eventsOf(correlation);
    expect(stored.map((e) => e.type).sort()).toEqual(['EnrolmentStarted', 'PersonEnrolled']);

    await crashedBeforeItsOutcome(key);
    // Read as it is now, the cohort is full and Ana already in it; read as the first attempt read
    // it, she takes the last place, which is what happened.
    const retry = await send(`/api/cohorts/${cohort}/enrolments`, body, key, correlation).expect(201);
    expect(retry.body).toEqual(first.body);
    expect(await eventsOf(correlation)).toEqual(stored);
    expect((await api.get(`/api/cohorts/${cohort}`)).placesLeft).toBe(0);
  });

  it('runs a retry whose first attempt crashed before committing, as of the instant it was first sent', async () => {
    const cohort = await api.schedule(1, '2016-10-01', '2017-02-28');
    const ana = await api.hire();
    const key = `enrol-${randomUUID()}`;
    const correlation = `corr-${randomUUID()}`;
    const path = `/api/cohorts/${cohort}/enrolments`;
    const body = { staffId: ana }; // enrolled "today", from the clock
    const [{ id: principal }] = await t.dataSource.query(`SELECT id FROM users WHERE username LIKE 'user-hr-%'`);
    const hash = createHash('sha256')
      .update(`POST ${path}\n${canonicalJson(body)}`)
      .digest('hex');
    // The first attempt claimed the key on 10 September and died before appending anything.
    await t.dataSource.query(
      `INSERT INTO idempotency_keys (principal, key, request_hash, state, owner, lease_until, attempts, started_at)
       VALUES ($1, $2, $3, 'pending', 'a-dead-instance', now() - interval '1 second', 1, '2016-09-10T09:00:00Z')`,
      [principal, key, hash],
    );
    expect(await eventsOf(correlation)).toEqual([]);

    const retry = await send(path, body, key, correlation).expect(201);
    expect(retry.headers['idempotent-replayed']).toBeUndefined();
    const [started] = await t.dataSource.query(
      `SELECT data->>'on' AS on FROM events WHERE metadata->>'correlationId' = $1 AND type = 'EnrolmentStarted'`,
      [correlation],
    );
    expect(started).toEqual({ on: '2016-09-10' });
  });

  it('answers 409 IDEMPOTENCY.IN_PROGRESS with Retry-After while another attempt holds the lease', async () => {
    const key = `hire-${randomUUID()}`;
    await send('/api/staff', person, key, `corr-${randomUUID()}`).expect(201);
    await t.dataSource.query(
      `UPDATE idempotency_keys SET state = 'pending', status_code = NULL, body = NULL, owner = 'another-instance',
         lease_until = now() + interval '30 seconds' WHERE key = $1`,
      [key],
    );
    const busy = await send('/api/staff', person, key, `corr-${randomUUID()}`).expect(409);
    expect(busy.body).toEqual({ code: 'IDEMPOTENCY.IN_PROGRESS', message: expect.any(String) });
    expect(Number(busy.headers['retry-after'])).toBeGreaterThanOrEqual(29);
    expect(Number(busy.headers['retry-after'])).toBeLessThanOrEqual(30);
  });
});
