import { FixedClock } from '../../src/shared/clock.js';
import { startTestApp, testDatabaseKinds, type TestApp } from '../support/test-app.js';
import { levelsWith, TrainingClient } from '../support/training-client.js';

/**
 * Issue 5, "Done when": a completion recorded on 2018-05-01 with effective date 2018-03-31 shows
 * in asAt=2018-03-31 but not in asAt=2018-03-31&knownAt=2018-04-15T00:00:00Z, on every read
 * endpoint that shows it; and the two parameters are checked like any input.
 */
describe.each(testDatabaseKinds())('"as at" and "known at" over HTTP on $name', (kind) => {
  let t: TestApp;
  let api: TrainingClient;
  let ana: string;
  let cohort: string;
  const clock = new FixedClock(new Date('2017-08-01T09:00:00Z'));
  const KNOWN_BEFORE = 'knownAt=2018-04-15T00:00:00Z';

  beforeAll(async () => {
    t = await startTestApp(kind, {}, { clock });
    api = new TrainingClient(t, await t.tokenFor('hr', 'clinical-lead'));
    ana = await api.hire({ registration: { number: 'SW123456', registeredOn: '2012-09-01' }, startedOn: '2016-04-01' });
    cohort = await api.schedule(1, '2017-09-01', '2018-03-31');
    await api.enrol(cohort, ana, '2017-08-15');
    // Recorded on 1 May, effective on 31 March: the completion and a family therapy qualification.
    clock.set('2018-05-01T10:00:00Z');
    await api.outcome(cohort, ana, 'completed', '2018-03-31');
    const qualification = { kind: 'family-therapy', evidenceRef: 'MSc-2018-77', achievedOn: '2018-03-31' };
    await api.post(`/api/staff/${ana}/qualifications`, qualification, 201);
  });
  afterAll(() => t?.close());

  it('shows the late completion as at its effective date, and not as known before it was recorded', async () => {
    const person = (query: string) => api.get(`/api/staff/${ana}?${query}`);
    expect(await person('asAt=2018-03-31')).toMatchObject({
      systemicLevel: 1,
      dualQualified: true,
      currentEnrolment: null,
    });
    expect(await person(`asAt=2018-03-31&${KNOWN_BEFORE}`)).toMatchObject({
      systemicLevel: 0,
      dualQualified: false,
      currentEnrolment: { cohortId: cohort, level: 1, status: 'enrolled' },
    });
    // The day before it took effect, it did not count even with everything known.
    expect(await person('asAt=2018-03-30')).toMatchObject({ systemicLevel: 0, dualQualified: false });
    // Known then, as things stood then: the enrolment of August 2017.
    expect(await person(KNOWN_BEFORE)).toMatchObject({ systemicLevel: 0, currentEnrolment: { status: 'enrolled' } });

    const roster = async (query: string) => (await api.get(`/api/cohorts/${cohort}?${query}`)).roster;
    expect(await roster('asAt=2018-03-31')).toEqual([
      { staffId: ana, name: 'Ana Silva', status: 'completed', enrolledOn: '2017-08-15', outcomeOn: '2018-03-31' },
    ]);
    expect(await roster(`asAt=2018-03-31&${KNOWN_BEFORE}`)).toEqual([
      { staffId: ana, name: 'Ana Silva', status: 'enrolled', enrolledOn: '2017-08-15', outcomeOn: null },
    ]);

    const pipeline = async (query: string) => (await api.get(`/api/reports/pipeline?borough=RBKC&${query}`)).total;
    expect(await pipeline('asAt=2018-03-31')).toEqual({
      levels: levelsWith({ 1: { completedEver: 1, completedThisProgrammeYear: 1 } }),
      dualQualified: { headcount: 1, wteHundredths: 80, wte: 0.8 },
    });
    expect(await pipeline(`asAt=2018-03-31&${KNOWN_BEFORE}`)).toEqual({
      levels: levelsWith({ 1: { inTraining: 1 } }),
      dualQualified: { headcount: 0, wteHundredths: 0, wte: 0 },
    });
  });

  it('puts the dashboard on the cut day, with the dual qualification counted only once it was known', async () => {
    const year2 = async (query: string) => {
      const dashboard = await api.get(`/api/dashboard/tapering?${query}`);
      return { today: dashboard.today, year2: dashboard.years.find((y: { year: number }) => y.year === 2) };
    };
    const known = await year2('asAt=2018-03-31');
    expect(known).toMatchObject({
      today: '2018-03-31',
      year2: { status: 'current', actual: { measuredOn: '2018-03-31' } },
    });
    expect(known.year2.actual.dualQualified).toEqual({ headcount: 1, wteHundredths: 80 });
    const unknown = await year2(`asAt=2018-03-31&${KNOWN_BEFORE}`);
    expect(unknown.year2.actual.dualQualified).toEqual({ headcount: 0, wteHundredths: 0 });
    // Known at an instant alone: the dashboard as it was shown that day.
    expect((await year2(KNOWN_BEFORE)).today).toBe('2018-04-15');
  });

  it('has nothing to show before a person started, or before anything was recorded', async () => {
    await api.get(`/api/staff/${ana}?asAt=2016-03-31`, 404);
    expect((await api.get('/api/staff?asAt=2016-03-31')).total).toBe(0);
    expect((await api.get('/api/staff?asAt=2016-04-01')).total).toBe(1);
    // The plan was adopted when the app first started, on 1 August 2017.
    const before = await t.http
      .get('/api/plan?knownAt=2017-07-31T00:00:00Z')
      .set('Authorization', `Bearer ${await t.tokenFor('auditor')}`);
    expect({ status: before.status, code: before.body.code }).toEqual({ status: 404, code: 'PLAN.NOT_ADOPTED' });
    expect((await api.get('/api/plan/funding?knownAt=2017-08-01T09:00:00Z')).revision).toBe(1);
    // Adopted then, it is in force from the first day of its own calendar.
    expect((await api.get('/api/plan?asAt=2016-04-01')).revision).toBe(1);
  });

  it.each([
    'asAt=2018-02-30',
    'asAt=31/03/2018',
    'knownAt=yesterday',
    'knownAt=2018-04-15T00:00:00',
    'asAt=2018-03-31&asAt=2018-04-01',
  ])('refuses %s with 400 VALIDATION.FAILED on every read endpoint', async (query) => {
    for (const path of ['/api/staff', `/api/staff/${ana}`, `/api/cohorts/${cohort}`, '/api/dashboard/tapering']) {
      const res = await t.http.get(`${path}?${query}`).set('Authorization', `Bearer ${await t.tokenFor('auditor')}`);
      expect({ path, status: res.status, code: res.body.code }).toEqual({
        path,
        status: 400,
        code: 'VALIDATION.FAILED',
      });
    }
  });
});
