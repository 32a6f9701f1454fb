import { startTestApp, testDatabaseKinds, type TestApp } from '../support/test-app.js';
import { aHire, bearer, staffClient } from './staff/staff-client.js';

/** Who may call the staff API, and what it refuses before anything is recorded. */
for (const kind of testDatabaseKinds()) {
  describe(`staff requests (e2e, ${kind.name})`, () => {
    let t: TestApp;
    let hr: ReturnType<typeof staffClient>;
    let id: string;
    const eventCount = async () =>
      (
        (await t.dataSource.query(`SELECT count(*)::int AS n FROM events WHERE stream_id LIKE 'staff-%'`)) as {
          n: number;
        }[]
      )[0].n;

    beforeAll(async () => {
      t = await startTestApp(kind);
      hr = staffClient(t, await t.tokenFor('hr'));
      id = await hr.hire(aHire());
    });
    afterAll(() => t?.close());

    it('answers 401 without a token', async () => {
      for (const call of [
        t.http.get('/api/staff'),
        t.http.get(`/api/staff/${id}`),
        t.http.post('/api/staff').send(aHire()),
        t.http.post(`/api/staff/${id}/changes`).send({ effectiveOn: '2017-01-01', fte: 0.5 }),
      ]) {
        const res = await call;
        expect({ status: res.status, code: res.body.code }).toEqual({ status: 401, code: 'AUTH.UNAUTHENTICATED' });
      }
    });

    it('lets hr and admin write, answers 403 to the other roles, and lets every role read', async () => {
      const admin = staffClient(t, await t.tokenFor('admin'));
      await admin.hire(aHire({ name: 'Hired By Admin' }));
      for (const role of ['auditor', 'clinical-lead']) {
        const token = await t.tokenFor(role);
        const writes = [
          t.http.post('/api/staff').set(bearer(token)).send(aHire()),
          ...[
            ['changes', { effectiveOn: '2017-01-01', fte: 0.5 }],
            ['departure', { leftOn: '2017-01-01', reason: 'x' }],
            ['qualifications', { kind: 'family-therapy', evidenceRef: 'e', achievedOn: '2017-01-01' }],
            ['registration-lapse', { lapsedOn: '2017-01-01' }],
          ].map(([action, body]) =>
            t.http
              .post(`/api/staff/${id}/${action}`)
              .set(bearer(token))
              .send(body as object),
          ),
        ];
        for (const write of writes) {
          const res = await write;
          expect({ role, status: res.status, code: res.body.code }).toEqual({
            role,
            status: 403,
            code: 'AUTH.FORBIDDEN',
          });
        }
        await t.http.get(`/api/staff/${id}`).set(bearer(token)).expect(200);
        await t.http.get('/api/staff').set(bearer(token)).expect(200);
      }
      expect((await hr.get(id)).body.version).toBe(0);
    });

    it.each([
      ['an unknown field', { ...aHire(), salary: 40000 }],
      ['an unknown borough', aHire({ borough: 'Camden' })],
      ['a lower-case borough', aHire({ borough: 'rbkc' })],
      ['an unknown role', aHire({ role: 'director' })],
      ['fte 1.5', aHire({ fte: 1.5 })],
      ['fte 0.333', aHire({ fte: 0.333 })],
      ['fte 0', aHire({ fte: 0 })],
      ['fte as text', { ...aHire(), fte: '0.5' }],
      ['an empty name', aHire({ name: '' })],
      ['a date that does not exist', aHire({ startedOn: '2017-02-29' })],
      ['a date with a time', aHire({ startedOn: '2016-04-01T00:00:00Z' })],
      ['a malformed registration', aHire({ registration: { number: '123456', registeredOn: '2012-01-01' } })],
      ['a registration without a date', { ...aHire(), registration: { number: 'SW1' } }],
      ['a missing start date', { ...aHire(), startedOn: undefined }],
    ])('refuses a hire with %s: 400 VALIDATION.FAILED, nothing recorded', async (_label, body) => {
      const before = await eventCount();
      const res = await t.http
        .post('/api/staff')
        .set(bearer(await t.tokenFor('hr')))
        .send(body);
      expect({ status: res.status, code: res.body.code }).toEqual({ status: 400, code: 'VALIDATION.FAILED' });
      expect(await eventCount()).toBe(before);
    });

    it.each([
      ['changes', { effectiveOn: '2017-01-01', fte: 1.5 }],
      ['changes', { effectiveOn: '2017-01-01', borough: 'Camden' }],
      ['changes', { effectiveOn: '01/01/2017', fte: 0.5 }],
      ['departure', { leftOn: '2017-01-01' }],
      ['departure', { leftOn: '2017-01-01', reason: '' }],
      ['qualifications', { kind: 'social-work-registration', evidenceRef: 'e', achievedOn: '2017-01-01' }],
      ['qualifications', { kind: 'family-therapy', evidenceRef: 'e', achievedOn: '2017-01-01', level: 2 }],
      ['qualifications', { kind: 'systemic-level', evidenceRef: 'e', achievedOn: '2017-01-01', level: 5 }],
      ['qualifications', { kind: 'systemic-level', evidenceRef: 'e', achievedOn: '2017-01-01' }],
      ['qualifications', { kind: 'driving-licence', evidenceRef: 'e', achievedOn: '2017-01-01' }],
      ['qualifications', { kind: 'family-therapy', achievedOn: '2017-01-01' }],
      ['registration-lapse', { lapsedOn: 'soon' }],
    ])('refuses POST %s %j with 400 VALIDATION.FAILED', async (action, body) => {
      const res = await hr.post(id, action, body);
      expect({ status: res.status, code: res.body.code }).toEqual({ status: 400, code: 'VALIDATION.FAILED' });
    });

    it('answers 400 STAFF.INVALID_ID for a malformed id and 404 STAFF.NOT_FOUND for an unknown one', async () => {
      for (const res of [await hr.get('not-a-uuid'), await hr.post('42', 'changes', { effectiveOn: '2017-01-01' })]) {
        expect({ status: res.status, code: res.body.code }).toEqual({ status: 400, code: 'STAFF.INVALID_ID' });
      }
      const unknown = '00000000-0000-4000-8000-000000000000';
      for (const res of [
        await hr.get(unknown),
        await hr.post(unknown, 'changes', { effectiveOn: '2017-01-01', fte: 0.5 }),
        await hr.post(unknown, 'departure', { leftOn: '2017-01-01', reason: 'x' }),
      ]) {
        expect({ status: res.status, code: res.body.code }).toEqual({ status: 404, code: 'STAFF.NOT_FOUND' });
      }
    });

    it('finds a person whatever the case of the id in the path', async () => {
      const res = await hr.get(id.toUpperCase());
      expect({ status: res.status, id: res.body.id }).toEqual({ status: 200, id });
      const changed = await hr.post(id.toUpperCase(), 'changes', { effectiveOn: '2016-05-01', borough: 'WCC' });
      expect({ status: changed.status, body: changed.body }).toEqual({ status: 200, body: { id, version: 1 } });
    });

    it('answers a change that changes nothing with 422 STAFF.NO_CHANGE', async () => {
      const current = (await hr.get(id)).body;
      const res = await hr.post(id, 'changes', { effectiveOn: '2017-01-01', role: current.role });
      expect({ status: res.status, code: res.body.code }).toEqual({ status: 422, code: 'STAFF.NO_CHANGE' });
    });
  });
}
