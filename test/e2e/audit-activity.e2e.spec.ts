import { randomUUID } from 'node:crypto';
import { EventSourcing } from '../../src/commands/event-sourcing.service.js';
import { EVENT_STORE, type EventStore } from '../../src/event-store/event-store.port.js';
import { FixedClock } from '../../src/shared/clock.js';
import { newEvent } from '../support/events.js';
import { startTestApp, testDatabaseKinds, type TestApp } from '../support/test-app.js';

/** GET /api/audit/activity: streams most recently changed first, paged, for auditors and admins. */
describe.each(testDatabaseKinds().map((k) => [k.name, k] as const))('audit activity (e2e, %s)', (_name, kind) => {
  let t: TestApp;
  let auditor: string;
  const clock = new FixedClock(new Date('2017-01-10T09:00:00.000Z'));
  const category = `audite2e${randomUUID().slice(0, 6)}`;
  const streams: string[] = [];

  beforeAll(async () => {
    t = await startTestApp(kind, {}, { clock });
    auditor = `Bearer ${await t.tokenFor('auditor')}`;
    const store = t.app.get<EventStore>(EVENT_STORE);
    let position = null;
    // Five streams, each changed a minute after the previous one; the third twice, last of all.
    for (let i = 0; i < 5; i++) {
      clock.advance(60_000);
      const stream = `${category}-${i}`;
      streams.push(stream);
      ({ position } = await store.append(stream, [newEvent('Opened', {}, `actor-${i}`)], 'no-stream'));
    }
    clock.advance(60_000);
    ({ position } = await store.append(streams[2], [newEvent('Closed', {}, 'auditor.zoe')], 0));
    await t.app.get(EventSourcing).settle(position);
  });

  afterAll(() => t?.close());

  const get = (query: string, token = auditor) => t.http.get(`/api/audit/activity${query}`).set('Authorization', token);

  it('lists streams of a category, latest change first, with counts and the last actor', async () => {
    const response = await get(`?category=${category}`).expect(200);
    expect(response.body).toMatchObject({ page: 1, pageSize: 50, total: 5 });
    expect(response.body.items.map((i: { streamId: string }) => i.streamId)).toEqual([
      streams[2],
      streams[4],
      streams[3],
      streams[1],
      streams[0],
    ]);
    expect(response.body.items[0]).toEqual({
      streamId: streams[2],
      category,
      eventCount: 2,
      firstType: 'Opened',
      lastType: 'Closed',
      firstRecordedAt: '2017-01-10T09:03:00.000Z',
      lastRecordedAt: '2017-01-10T09:06:00.000Z',
      lastActor: 'auditor.zoe',
    });
  });

  it('pages, and reports the total past the last page', async () => {
    const second = await get(`?category=${category}&page=2&pageSize=2`).expect(200);
    expect(second.body.items.map((i: { streamId: string }) => i.streamId)).toEqual([streams[3], streams[1]]);
    expect(second.body.total).toBe(5);
    const beyond = await get(`?category=${category}&page=9&pageSize=2`).expect(200);
    expect(beyond.body).toEqual({ items: [], page: 9, pageSize: 2, total: 5 });
  });

  it('lets admins in, keeps other roles out, and refuses bad paging with 400', async () => {
    await get(`?category=${category}`, `Bearer ${await t.tokenFor('admin')}`).expect(200);
    await get(`?category=${category}`, `Bearer ${await t.tokenFor('hr')}`).expect(403);
    await t.http.get('/api/audit/activity').expect(401);
    expect((await get('?pageSize=201').expect(400)).body.code).toBe('VALIDATION.FAILED');
    expect((await get('?page=0').expect(400)).body.code).toBe('VALIDATION.FAILED');
    expect((await get('?category=a%20b').expect(400)).body.code).toBe('VALIDATION.FAILED');
    expect((await get('?sort=asc').expect(400)).body.code).toBe('VALIDATION.FAILED');
  });
});
