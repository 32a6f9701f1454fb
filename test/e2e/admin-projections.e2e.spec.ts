import { randomUUID } from 'node:crypto';
import { EVENT_STORE, type EventStore } from '../../src/event-store/event-store.port.js';
import { EventSourcing } from '../../src/commands/event-sourcing.service.js';
import { newEvent } from '../support/events.js';
import { startTestApp, testDatabaseKinds, type TestApp } from '../support/test-app.js';

/** Issue 2 item 7 over HTTP: projection status and background rebuilds, for admins only. */
describe.each(testDatabaseKinds().map((k) => [k.name, k] as const))('admin projections (e2e, %s)', (_name, kind) => {
  let t: TestApp;
  let admin: string;
  let hr: string;

  beforeAll(async () => {
    t = await startTestApp(kind);
    admin = `Bearer ${await t.tokenFor('admin')}`;
    hr = `Bearer ${await t.tokenFor('hr')}`;
    const store = t.app.get<EventStore>(EVENT_STORE);
    let position = null;
    for (let i = 0; i < 5; i++) {
      const stream = `e2etest-${randomUUID()}`;
      ({ position } = await store.append(
        stream,
        [newEvent('Noted', { i }, 'hr.amira'), newEvent('Noted')],
        'no-stream',
      ));
    }
    await t.app.get(EventSourcing).settle(position);
  });

  afterAll(() => t?.close());

  const waitForJob = async (id: string) => {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const job = await t.http.get(`/api/admin/projections/rebuild/${id}`).set('Authorization', admin).expect(200);
      if (job.body.state !== 'running' || Date.now() > deadline) return job.body;
      await new Promise((r) => setTimeout(r, 50));
    }
  };

  it("shows an admin every projection's position and lag", async () => {
    const response = await t.http.get('/api/admin/projections').set('Authorization', admin).expect(200);
    const streamActivity = response.body.find((p: { name: string }) => p.name === 'stream-activity');
    expect(streamActivity).toMatchObject({
      name: 'stream-activity',
      position: { commit: expect.stringMatching(/^\d+$/), prepare: expect.stringMatching(/^\d+$/) },
      lag: 0,
      lagCapped: false,
      running: true,
      followedHere: true,
      lastError: null,
    });
    expect(streamActivity.eventsApplied).toBeGreaterThanOrEqual(10);
    for (const p of response.body) expect(p).toEqual(expect.objectContaining({ name: expect.any(String), lag: 0 }));
  });

  it('refuses other roles with 403 and anonymous callers with 401', async () => {
    await t.http.get('/api/admin/projections').set('Authorization', hr).expect(403);
    await t.http.post('/api/admin/projections/rebuild').set('Authorization', hr).send({}).expect(403);
    await t.http.get(`/api/admin/projections/rebuild/${randomUUID()}`).set('Authorization', hr).expect(403);
    await t.http.get('/api/admin/projections').expect(401);
  });

  it('rebuilds a named projection in the background: 202, then a job that reaches done', async () => {
    const before = await t.http.get('/api/audit/activity?category=e2etest').set('Authorization', admin).expect(200);
    const started = await t.http
      .post('/api/admin/projections/rebuild')
      .set('Authorization', admin)
      .send({ projections: ['stream-activity'] })
      .expect(202);
    expect(started.body).toMatchObject({ id: expect.any(String), projections: ['stream-activity'], error: null });
    const job = await waitForJob(started.body.id);
    expect(job).toMatchObject({ id: started.body.id, state: 'done', current: null, error: null });
    expect(job.eventsApplied).toBeGreaterThanOrEqual(10);
    expect(job.finishedAt).toEqual(expect.any(String));
    const after = await t.http.get('/api/audit/activity?category=e2etest').set('Authorization', admin).expect(200);
    expect(after.body).toEqual(before.body);
    expect(after.body.total).toBe(5);
  });

  it('rebuilds every projection when none is named', async () => {
    const listed = await t.http.get('/api/admin/projections').set('Authorization', admin).expect(200);
    const started = await t.http
      .post('/api/admin/projections/rebuild')
      .set('Authorization', admin)
      .send({})
      .expect(202);
    expect([...started.body.projections].sort()).toEqual(listed.body.map((p: { name: string }) => p.name).sort());
    expect(await waitForJob(started.body.id)).toMatchObject({ state: 'done', error: null });
  });

  it('answers an unknown projection or job with a coded 404, and a bad body with 400', async () => {
    const unknown = await t.http
      .post('/api/admin/projections/rebuild')
      .set('Authorization', admin)
      .send({ projections: ['no-such-projection'] })
      .expect(404);
    expect(unknown.body.code).toBe('PROJECTIONS.NOT_FOUND');
    const job = await t.http
      .get(`/api/admin/projections/rebuild/${randomUUID()}`)
      .set('Authorization', admin)
      .expect(404);
    expect(job.body.code).toBe('PROJECTIONS.REBUILD_NOT_FOUND');
    const bad = await t.http
      .post('/api/admin/projections/rebuild')
      .set('Authorization', admin)
      .send({ projections: 'stream-activity' })
      .expect(400);
    expect(bad.body.code).toBe('VALIDATION.FAILED');
  });
});
