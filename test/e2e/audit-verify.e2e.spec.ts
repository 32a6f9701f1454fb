import { VerifyIntegrityHandler } from '../../src/audit/application/verify-integrity.handler.js';
import { EVENT_STORE, type EventStore } from '../../src/event-store/event-store.port.js';
import { newEvent, uniqueStream } from '../support/events.js';
import { startTestApp, testDatabaseKinds, type TestApp } from '../support/test-app.js';

/** GET /api/audit/verify: the hash chain walked over HTTP, for auditors and admins. */
describe.each(testDatabaseKinds().map((k) => [k.name, k] as const))('audit verify (e2e, %s)', (_name, kind) => {
  let t: TestApp;
  let auditor: string;
  const streams = [uniqueStream('verifye2e'), uniqueStream('verifye2e')];

  beforeAll(async () => {
    t = await startTestApp(kind);
    auditor = `Bearer ${await t.tokenFor('auditor')}`;
    const store = t.app.get<EventStore>(EVENT_STORE);
    for (const stream of streams)
      await store.append(stream, [newEvent('Opened', { n: 0 }), newEvent('Noted', { n: 1 })], 'no-stream');
  });
  afterAll(() => t?.close());

  it('answers ok for an untouched store, counting what it checked', async () => {
    const response = await t.http.get('/api/audit/verify').set('Authorization', auditor).expect(200);
    expect(response.body).toMatchObject({ ok: true, problems: [] });
    expect(response.body.eventsChecked).toBeGreaterThanOrEqual(4);
    expect(response.body.streamsChecked).toBeGreaterThanOrEqual(2);
  });

  it('refuses hr with 403 and an anonymous caller with 401', async () => {
    const hr = `Bearer ${await t.tokenFor('hr')}`;
    const refused = await t.http.get('/api/audit/verify').set('Authorization', hr).expect(403);
    expect(refused.body.code).toBe('AUTH.FORBIDDEN');
    await t.http.get('/api/audit/verify').expect(401);
  });

  it('names the stream and version of an event edited by SQL, for an auditor and an admin', async () => {
    await t.dataSource.query(
      `UPDATE events SET data = jsonb_set(data, '{n}', '7') WHERE stream_id = $1 AND stream_version = 1`,
      [streams[1]],
    );
    for (const token of [auditor, `Bearer ${await t.tokenFor('admin')}`]) {
      const response = await t.http.get('/api/audit/verify').set('Authorization', token).expect(200);
      expect(response.body.ok).toBe(false);
      expect(response.body.problems).toEqual([
        { kind: 'hash-mismatch', streamId: streams[1], version: 1, message: expect.any(String) },
      ]);
    }
  });

  // An app on KurrentDB cannot boot here without a KurrentDB server, so the handler is handed a
  // store that is not the PostgreSQL one, and the whole HTTP path is exercised from the request.
  it("answers 409 AUDIT.VERIFY_UNSUPPORTED, saying why, when the events are not in cadre's events table", async () => {
    const handler = t.app.get(VerifyIntegrityHandler) as unknown as { store: EventStore };
    const postgres = handler.store;
    const { beneath: _beneath, ...layer } = postgres as EventStore & { beneath?: EventStore };
    handler.store = { ...layer, close: () => Promise.resolve() } as EventStore;
    try {
      const response = await t.http.get('/api/audit/verify').set('Authorization', auditor).expect(409);
      expect(response.body).toEqual({ code: 'AUDIT.VERIFY_UNSUPPORTED', message: expect.stringMatching(/KurrentDB/) });
    } finally {
      handler.store = postgres;
    }
  });
});
