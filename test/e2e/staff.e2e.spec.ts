import { CommandBus } from '@nestjs/cqrs';
import { EVENT_STORE, type EventStore } from '../../src/event-store/event-store.port.js';
import { HireStaffCommand } from '../../src/staff/application/hire-staff.handler.js';
import { startTestApp, testDatabaseKinds, type TestApp } from '../support/test-app.js';
import { aHire, bearer, claimsOf, staffClient } from './staff/staff-client.js';

/** One person's life through HTTP: hire, changes, qualifications, dual qualification, departure. */
for (const kind of testDatabaseKinds()) {
  describe(`staff (e2e, ${kind.name})`, () => {
    let t: TestApp;
    let hr: ReturnType<typeof staffClient>;
    let hrToken: string;

    beforeAll(async () => {
      t = await startTestApp(kind);
      hrToken = await t.tokenFor('hr');
      hr = staffClient(t, hrToken);
    });
    afterAll(() => t?.close());

    it('hires a person and shows them, to every role, as the read model holds them', async () => {
      const id = await hr.hire(aHire());
      const auditor = staffClient(t, await t.tokenFor('auditor'));
      const res = await auditor.get(id);
      expect({ status: res.status, body: res.body }).toEqual({
        status: 200,
        body: {
          id,
          name: 'Ana Silva',
          borough: 'RBKC',
          role: 'social-worker',
          fte: 0.6,
          startedOn: '2016-04-01',
          leftOn: null,
          leftReason: null,
          socialWorkRegistered: false,
          registration: null,
          systemicLevel: 0,
          currentEnrolment: null,
          dualQualified: false,
          dualQualifiedOn: null,
          qualifications: [],
          version: 0,
        },
      });
    });

    it('follows changes and qualifications to dual qualification, then departure; a leaver cannot change', async () => {
      const id = await hr.hire(aHire());
      const expectView = async (fields: Record<string, unknown>) => {
        const res = await hr.get(id);
        expect(res.status).toBe(200);
        expect(res.body).toMatchObject(fields);
      };

      const changed = await hr.post(id, 'changes', { effectiveOn: '2017-04-01', role: 'practitioner', fte: 0.8 });
      expect({ status: changed.status, body: changed.body }).toEqual({ status: 200, body: { id, version: 1 } });
      await expectView({ role: 'practitioner', fte: 0.8, borough: 'RBKC', version: 1 });

      const registration = { kind: 'social-work-registration', registrationNumber: 'SW123456' };
      const registered = await hr.post(id, 'qualifications', {
        ...registration,
        evidenceRef: 'SWE register 2017',
        achievedOn: '2017-05-01',
      });
      expect({ status: registered.status, body: registered.body }).toEqual({ status: 201, body: { id, version: 2 } });
      await expectView({
        socialWorkRegistered: true,
        registration: { number: 'SW123456', registeredOn: '2017-05-01' },
        dualQualified: false,
        dualQualifiedOn: null,
      });

      const therapy = await hr.post(id, 'qualifications', {
        kind: 'family-therapy',
        evidenceRef: 'AFT certificate 88',
        achievedOn: '2018-06-01',
      });
      // The qualification and the DualQualificationAttained it causes: two events.
      expect({ status: therapy.status, body: therapy.body }).toEqual({ status: 201, body: { id, version: 4 } });
      await expectView({
        dualQualified: true,
        dualQualifiedOn: '2018-06-01',
        version: 4,
        qualifications: [
          { ...registration, evidenceRef: 'SWE register 2017', achievedOn: '2017-05-01' },
          { kind: 'family-therapy', evidenceRef: 'AFT certificate 88', achievedOn: '2018-06-01' },
        ],
      });

      const departed = await hr.post(id, 'departure', { leftOn: '2019-03-31', reason: 'Moved to another authority' });
      expect({ status: departed.status, body: departed.body }).toEqual({ status: 200, body: { id, version: 5 } });
      await expectView({ leftOn: '2019-03-31', leftReason: 'Moved to another authority', dualQualified: true });

      const refused = await hr.post(id, 'changes', { effectiveOn: '2019-04-01', fte: 0.5 });
      expect({ status: refused.status, code: refused.body.code }).toEqual({ status: 422, code: 'STAFF.HAS_LEFT' });
      await expectView({ fte: 0.8, version: 5 });
    });

    it('ends dual qualification when the registration lapses', async () => {
      const id = await hr.hire(aHire({ registration: { number: 'SW777', registeredOn: '2010-09-01' } }));
      await hr.post(id, 'qualifications', { kind: 'family-therapy', evidenceRef: 'AFT 1', achievedOn: '2016-10-01' });
      expect((await hr.get(id)).body).toMatchObject({ dualQualified: true, dualQualifiedOn: '2016-10-01' });

      const lapsed = await hr.post(id, 'registration-lapse', { lapsedOn: '2018-01-01', reason: 'Not renewed' });
      expect({ status: lapsed.status, body: lapsed.body }).toEqual({ status: 200, body: { id, version: 4 } });
      expect((await hr.get(id)).body).toMatchObject({
        socialWorkRegistered: false,
        registration: null,
        dualQualified: false,
        dualQualifiedOn: null,
      });
      const again = await hr.post(id, 'registration-lapse', { lapsedOn: '2018-02-01' });
      expect({ status: again.status, code: again.body.code }).toEqual({ status: 422, code: 'STAFF.NOT_REGISTERED' });
    });

    // Needs a second connection to hold the lock: PGlite has only one.
    (kind.name === 'PostgreSQL' ? it : it.skip)('answers a command only once the read model shows it', async () => {
      const id = await hr.hire(aHire());
      const blocker = t.dataSource.createQueryRunner();
      await blocker.connect();
      await blocker.startTransaction();
      // Readers pass; the projection's write waits until the lock goes.
      await blocker.query('LOCK TABLE staff_view IN SHARE ROW EXCLUSIVE MODE');
      let answered = false;
      const pending = hr.post(id, 'changes', { effectiveOn: '2017-01-01', fte: 0.5 }).then((res) => {
        answered = true;
        return res;
      });
      try {
        await new Promise((resolve) => setTimeout(resolve, 1500));
        expect(answered).toBe(false);
      } finally {
        await blocker.commitTransaction();
        await blocker.release();
      }
      expect((await pending).status).toBe(200);
      expect((await hr.get(id)).body).toMatchObject({ fte: 0.5, version: 1 });
    });

    it('records in each event who caused it, why, and the correlation id sent', async () => {
      const res = await t.http
        .post('/api/staff')
        .set(bearer(hrToken))
        .set('X-Correlation-Id', 'hire-ana-2016')
        .send(aHire({ reason: 'New starter, April intake' }));
      expect(res.status).toBe(201);
      const id = res.body.id as string;
      await t.http
        .post(`/api/staff/${id}/departure`)
        .set(bearer(hrToken))
        .set('X-Correlation-Id', 'leaver-ana-2019')
        .send({ leftOn: '2019-03-31', reason: 'Retired' })
        .expect(200);

      // Stored sealed (the reasons may name people, ADR 0080), read back through the store opened.
      const rows: { metadata: Record<string, unknown> }[] = await t.dataSource.query(
        `SELECT metadata FROM events WHERE stream_id = $1 ORDER BY stream_version`,
        [`staff-${id}`],
      );
      expect(rows.map((r) => r.metadata.reason)).toEqual([
        expect.stringMatching(/^sealed:v1:/),
        expect.stringMatching(/^sealed:v1:/),
      ]);
      const events = await t.app.get<EventStore>(EVENT_STORE).readStream(`staff-${id}`);
      const { sub, username } = claimsOf(hrToken);
      expect(events.map((e) => e.metadata)).toEqual([
        expect.objectContaining({
          actor: username,
          actorId: sub,
          correlationId: 'hire-ana-2016',
          reason: 'New starter, April intake',
        }),
        expect.objectContaining({ actor: username, actorId: sub, correlationId: 'leaver-ana-2019', reason: 'Retired' }),
      ]);
    });

    it('refuses a hire with an id already used (commands may bring their own id)', async () => {
      const id = await hr.hire(aHire());
      const { fte, name, borough, role, startedOn } = aHire();
      const ctx = { actor: 'import', correlationId: 'import-1' };
      const again = t.app
        .get(CommandBus)
        .execute(new HireStaffCommand({ staffId: id, name, borough, role, fte, startedOn }, ctx));
      await expect(again).rejects.toMatchObject({ code: 'STAFF.ALREADY_HIRED', kind: 'conflict' });
      const notUuid = t.app
        .get(CommandBus)
        .execute(new HireStaffCommand({ staffId: 'ana', name, borough, role, fte, startedOn }, ctx));
      await expect(notUuid).rejects.toMatchObject({ code: 'STAFF.INVALID_ID' });
    });
  });
}
