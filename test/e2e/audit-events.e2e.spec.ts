import { randomUUID } from 'node:crypto';
import { FixedClock } from '../../src/shared/clock.js';
import { startTestApp, testDatabaseKinds, type TestApp } from '../support/test-app.js';

/** GET /api/audit/events, the timelines of a person, a post and the plan, and GET /api/audit/export. */
describe.each(testDatabaseKinds())('audit event log and timelines on $name', (kind) => {
  let t: TestApp;
  let hr: string;
  let lead: string;
  let auditor: string;
  let staffId: string;
  let postId: string;
  const clock = new FixedClock(new Date('2017-01-10T09:00:00.000Z'));
  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
  const get = (path: string, token = auditor) => t.http.get(path).set(bearer(token));
  const post = async (path: string, body: object, token: string) => {
    const res = await t.http.post(path).set(bearer(token)).send(body);
    expect(res.status).toBeLessThan(300);
    return res.body;
  };

  beforeAll(async () => {
    t = await startTestApp(kind, {}, { clock });
    [hr, lead, auditor] = [await t.tokenFor('hr'), await t.tokenFor('clinical-lead'), await t.tokenFor('auditor')];
    clock.advance(60_000);
    const body = { name: 'Ana Silva', borough: 'LBHF', role: 'social-worker', fte: 1, startedOn: '2016-04-01' };
    staffId = (await post('/api/staff', body, hr)).id;
    clock.advance(60_000);
    const change = { effectiveOn: '2017-04-01', fte: 0.8, borough: 'WCC', reason: 'Moved to Westminster' };
    await post(`/api/staff/${staffId}/changes`, change, hr);
    clock.advance(60_000);
    const postBody = {
      title: 'Social worker',
      kind: 'social-work',
      borough: 'WCC',
      wte: 0.5,
      fundedBy: 'council',
      annualCostPence: 4_000_000,
      establishedOn: '2016-04-01',
    };
    postId = (await post('/api/posts', postBody, lead)).id;
    await post(`/api/posts/${postId}/appointments`, { staffId, from: '2017-05-01', reason: 'Panel' }, lead);
  });
  afterAll(() => t?.close());

  describe('GET /api/audit/events', () => {
    it('answers one stream in order with data, metadata and hashes, for every role', async () => {
      for (const role of ['hr', 'clinical-lead', 'auditor', 'admin']) {
        const res = await get(`/api/audit/events?streamId=staff-${staffId}`, await t.tokenFor(role)).expect(200);
        expect(res.body.items.map((e: { type: string }) => e.type)).toEqual(['StaffHired', 'StaffDetailsChanged']);
      }
      const { body } = await get(`/api/audit/events?streamId=staff-${staffId}`).expect(200);
      expect(body.next).toBeNull();
      const [hired, changed] = body.items;
      expect(hired).toMatchObject({
        streamId: `staff-${staffId}`,
        version: 0,
        type: 'StaffHired',
        schemaVersion: 1,
        recordedAt: '2017-01-10T09:01:00.000Z',
        data: { staffId, borough: 'LBHF', fteHundredths: 100 },
        metadata: { actor: expect.stringMatching(/^user-hr-/), recordedAt: '2017-01-10T09:01:00.000Z' },
        prevHash: '',
        hash: expect.stringMatching(/^[0-9a-f]{64}$/),
      });
      expect(hired.position).toMatch(/^\d+\.\d+$/);
      // As stored: the reason of an event about a person is sealed (ADR 0080), and the hash covers that.
      expect(changed).toMatchObject({
        version: 1,
        prevHash: hired.hash,
        metadata: { reason: expect.stringMatching(/^sealed:v1:/) },
      });
    });

    it('pages the global order with a cursor, each page following on without gap or repeat', async () => {
      const all = (await get('/api/audit/events?limit=1000').expect(200)).body;
      expect(all.next).toBeNull();
      const seen: string[] = [];
      let after = '';
      for (let pages = 0; pages < 100; pages++) {
        const { body } = await get(`/api/audit/events?limit=2${after && `&after=${after}`}`).expect(200);
        seen.push(...body.items.map((e: { eventId: string }) => e.eventId));
        if (!body.next) break;
        after = body.next;
      }
      expect(seen).toEqual(all.items.map((e: { eventId: string }) => e.eventId));
      expect(seen.length).toBeGreaterThan(4);
    });

    it('filters by type, actor and recorded-at (from inclusive, to exclusive)', async () => {
      const byType = (await get('/api/audit/events?type=StaffDetailsChanged').expect(200)).body.items;
      expect(byType.map((e: { streamId: string }) => e.streamId)).toEqual([`staff-${staffId}`]);
      const actor = byType[0].metadata.actor;
      const byActor = (await get(`/api/audit/events?actor=${actor}`).expect(200)).body.items;
      // The change of FTE is also recorded on the person's holdings stream, in the same append.
      expect(byActor.map((e: { type: string }) => e.type)).toEqual([
        'StaffHired',
        'HolderFteChanged',
        'StaffDetailsChanged',
      ]);
      const window = '?from=2017-01-10T09:02:00Z&to=2017-01-10T09:03:00.000Z';
      const inWindow = (await get(`/api/audit/events${window}`).expect(200)).body.items;
      expect(inWindow.map((e: { type: string }) => e.type)).toEqual(['HolderFteChanged', 'StaffDetailsChanged']);
      const none = (await get(`/api/audit/events?type=NeverHappened${randomUUID().slice(0, 4)}`).expect(200)).body;
      expect(none).toEqual({ items: [], next: null });
    });

    it.each([
      ['limit=0', 'VALIDATION.FAILED'],
      ['limit=1001', 'VALIDATION.FAILED'],
      ['limit=ten', 'VALIDATION.FAILED'],
      ['from=yesterday', 'VALIDATION.FAILED'],
      ['from=2017-01-10T09:00:00', 'VALIDATION.FAILED'],
      ['after=abc', 'VALIDATION.FAILED'],
      ['colour=blue', 'VALIDATION.FAILED'],
      ['from=2017-02-01&to=2017-01-01', 'AUDIT.INVALID_RANGE'],
    ])('refuses %s: 400 %s', async (query, code) => {
      const res = await get(`/api/audit/events?${query}`);
      expect({ status: res.status, code: res.body.code }).toEqual({ status: 400, code });
    });

    it('refuses an anonymous caller', async () => {
      const res = await t.http.get('/api/audit/events');
      expect({ status: res.status, code: res.body.code }).toEqual({ status: 401, code: 'AUTH.UNAUTHENTICATED' });
    });
  });

  describe('timelines', () => {
    it("tells a person's history: what changed, when it takes effect, who did it and why", async () => {
      const { body } = await get(`/api/staff/${staffId}/history`, hr).expect(200);
      expect(body.streamId).toBe(`staff-${staffId}`);
      expect(body.entries).toEqual([
        expect.objectContaining({
          version: 0,
          type: 'StaffHired',
          summary: 'Hired Ana Silva as social-worker in LBHF at FTE 1',
          effectiveOn: '2016-04-01',
          recordedAt: '2017-01-10T09:01:00.000Z',
          actor: expect.stringMatching(/^user-hr-/),
          reason: null,
          correlationId: expect.any(String),
        }),
        expect.objectContaining({
          version: 1,
          type: 'StaffDetailsChanged',
          summary: 'FTE 1 → 0.8, borough LBHF → WCC',
          effectiveOn: '2017-04-01',
          reason: 'Moved to Westminster',
        }),
      ]);
    });

    it("tells a post's history", async () => {
      const { body } = await get(`/api/posts/${postId}/history`).expect(200);
      expect(body.entries.map((e: { type: string; summary: string; effectiveOn: string }) => e)).toEqual([
        expect.objectContaining({
          type: 'PostEstablished',
          summary: 'Established "Social worker" (social-work, WCC), WTE 0.5, funded by council, £40,000.00 a year',
          effectiveOn: '2016-04-01',
        }),
        expect.objectContaining({
          type: 'PostHolderAppointed',
          summary: `Staff ${staffId} appointed (WTE 0.5)`,
          effectiveOn: '2017-05-01',
          reason: 'Panel',
        }),
      ]);
    });

    it("tells the plan's history from its adoption", async () => {
      const { body } = await get('/api/plan/history').expect(200);
      expect(body.streamId).toBe('plan-triborough');
      expect(body.entries[0]).toMatchObject({ version: 0, type: 'PlanAdopted', actor: 'system', effectiveOn: null });
      expect(body.entries[0].summary).toMatch(/^Adopted "Triborough .*" as revision 1: 4 years, \d+ funding lines$/);
    });

    it.each([
      ['staff', 'STAFF'],
      ['posts', 'POSTS'],
    ])('answers 404 %s NOT_FOUND for an unknown id and 400 for a malformed one', async (path, context) => {
      const unknown = await get(`/api/${path}/${randomUUID()}/history`);
      expect({ status: unknown.status, code: unknown.body.code }).toEqual({
        status: 404,
        code: `${context}.NOT_FOUND`,
      });
      const malformed = await get(`/api/${path}/not-a-uuid/history`);
      expect({ status: malformed.status, code: malformed.body.code }).toEqual({
        status: 400,
        code: `${context}.INVALID_ID`,
      });
    });
  });

  describe('GET /api/audit/export', () => {
    it('streams one stream as JSON Lines, each line with its hashes', async () => {
      const res = await get(`/api/audit/export?streamId=staff-${staffId}`).buffer(true).expect(200);
      expect(res.headers['content-type']).toMatch(/^application\/x-ndjson/);
      const lines = res.text
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line));
      expect(lines.map((l) => [l.version, l.type])).toEqual([
        [0, 'StaffHired'],
        [1, 'StaffDetailsChanged'],
      ]);
      expect(lines[1]).toMatchObject({ prevHash: lines[0].hash, streamId: `staff-${staffId}` });
    });

    it('exports a time range, and is for auditors and admins only', async () => {
      const res = await get('/api/audit/export?from=2017-01-10T09:03:00Z').buffer(true).expect(200);
      const types = res.text
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line).type);
      expect(types).toEqual(expect.arrayContaining(['PostEstablished', 'PostHolderAppointed', 'PostTaken']));
      expect(types).not.toContain('StaffHired');
      const hrRes = await get('/api/audit/export', hr);
      expect({ status: hrRes.status, code: hrRes.body.code }).toEqual({ status: 403, code: 'AUTH.FORBIDDEN' });
      const bad = await get('/api/audit/export?to=soon');
      expect({ status: bad.status, code: bad.body.code }).toEqual({ status: 400, code: 'VALIDATION.FAILED' });
    });
  });
});
