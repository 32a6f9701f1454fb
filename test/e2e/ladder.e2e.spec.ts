import { randomUUID } from 'node:crypto';
import { FixedClock } from '../../src/shared/clock.js';
import { startTestApp, testDatabaseKinds, type TestApp } from '../support/test-app.js';
import { financialYear, levelsWith, TrainingClient, type Level, type LevelRow } from '../support/training-client.js';

/**
 * The systemic ladder through HTTP, one person from hire to dual qualified, with the person, the
 * cohort and the pipeline report checked at every step; then the waiting list and the refusals.
 */

describe.each(testDatabaseKinds())('the systemic ladder over HTTP on $name', (kind) => {
  let t: TestApp;
  let hr: string;

  let api: TrainingClient;

  const clock = new FixedClock(new Date('2020-10-01T09:00:00Z'));

  beforeAll(async () => {
    t = await startTestApp(kind, {}, { clock });
    hr = await t.tokenFor('hr');
    api = new TrainingClient(t, hr);
  });
  afterAll(() => t?.close());

  it('takes one person from hire to dual qualified, every view agreeing at each step', async () => {
    const ana = await api.hire({ registration: { number: 'SW123456', registeredOn: '2012-09-01' } });
    expect(await api.get(`/api/staff/${ana}`)).toMatchObject({
      systemicLevel: 0,
      currentEnrolment: null,
      socialWorkRegistered: true,
      dualQualified: false,
      dualQualifiedOn: null,
    });
    const before = await api.pipeline('2016-10-01', 'RBKC');
    expect(before.boroughs).toEqual([
      { borough: 'RBKC', levels: levelsWith(), dualQualified: { headcount: 0, wteHundredths: 0, wte: 0 } },
    ]);

    // One level a programme year from 2016/17; level 1 runs to February, the others to July.
    const years = ([1, 2, 3, 4] as const).map((level) => {
      const fy = 2015 + level;
      const [endsOn, completedOn] = level === 1 ? ['02-28', '02-20'] : ['07-31', '07-20'];
      return {
        level,
        startsOn: `${fy}-09-01`,
        endsOn: `${fy + 1}-${endsOn}`,
        enrolledOn: `${fy}-08-15`,
        completedOn: `${fy + 1}-${completedOn}`,
        on: `${fy}-10-01`,
      };
    });
    const completedOn: Partial<Record<Level, string>> = {};
    // What the report must say about the levels completed so far, for the programme year of `on`.
    const completed = (on: string) =>
      Object.fromEntries(
        Object.entries(completedOn).map(([level, date]) => [
          level,
          { completedEver: 1, completedThisProgrammeYear: financialYear(date) === financialYear(on) ? 1 : 0 },
        ]),
      ) as Partial<Record<Level, Omit<LevelRow, 'level' | 'inTraining'>>>;
    for (const year of years) {
      const { level } = year;
      const cohortId = await api.schedule(level, year.startsOn, year.endsOn, 10);
      expect(await api.enrol(cohortId, ana, year.enrolledOn)).toEqual({ status: 'enrolled' });

      expect(await api.get(`/api/staff/${ana}`)).toMatchObject({
        systemicLevel: level - 1,
        currentEnrolment: { cohortId, level, status: 'enrolled' },
      });
      expect(await api.get(`/api/cohorts/${cohortId}`)).toMatchObject({
        id: cohortId,
        level,
        capacity: 10,
        placesLeft: 9,
        roster: [{ staffId: ana, name: 'Ana Silva', status: 'enrolled', enrolledOn: year.enrolledOn, outcomeOn: null }],
        waitingList: [],
      });
      const during = await api.pipeline(year.on);
      expect(during.total.levels).toEqual(levelsWith({ ...completed(year.on), [level]: { inTraining: 1 } }));
      expect(during.boroughs.find((b: { borough: string }) => b.borough === 'WCC').levels).toEqual(levelsWith());

      expect(await api.outcome(cohortId, ana, 'completed', year.completedOn)).toEqual({
        outcome: 'completed',
        promoted: null,
      });
      completedOn[level] = year.completedOn;

      expect(await api.get(`/api/staff/${ana}`)).toMatchObject({ systemicLevel: level, currentEnrolment: null });
      expect(await api.get(`/api/cohorts/${cohortId}`)).toMatchObject({
        placesLeft: 9,
        completed: 1,
        enrolled: 0,
        roster: [{ staffId: ana, status: 'completed', enrolledOn: year.enrolledOn, outcomeOn: year.completedOn }],
      });
      // The completion counts in the programme year of its date, and in no other.
      const after = await api.pipeline(year.completedOn, 'RBKC');
      expect(after.total.levels).toEqual(levelsWith(completed(year.completedOn)));
      expect(after.total.levels[level - 1]).toMatchObject({ completedEver: 1, completedThisProgrammeYear: 1 });
      expect((await api.pipeline('2015-06-01')).total.levels).toEqual(levelsWith(completed('2015-06-01')));
    }

    expect(await api.get(`/api/staff/${ana}`)).toMatchObject({
      systemicLevel: 4,
      dualQualified: true,
      dualQualifiedOn: '2020-07-20',
    });
    const dual = await api.pipeline('2020-08-01');
    expect(dual.programmeYear).toEqual({ number: 5, startsOn: '2020-04-01', endsOn: '2021-03-31' });
    expect(dual.total.dualQualified).toEqual({ headcount: 1, wteHundredths: 80, wte: 0.8 });
    expect(dual.boroughs.map((b: { dualQualified: { headcount: number } }) => b.dualQualified.headcount)).toEqual([
      0, 1, 0,
    ]);
    expect((await api.pipeline('2020-08-01', 'LBHF')).total.dualQualified).toEqual({
      headcount: 0,
      wteHundredths: 0,
      wte: 0,
    });

    // A leaver no longer counts as dual qualified in post, but their completions stand.
    await api.post(`/api/staff/${ana}/departure`, { leftOn: '2020-09-30', reason: 'Moved away' }, 200);
    const gone = await api.pipeline('2020-10-01');
    expect(gone.total.dualQualified.headcount).toBe(0);
    expect(gone.total.levels.map((l: LevelRow) => l.completedEver)).toEqual([1, 1, 1, 1]);
  });

  it('puts the person after a full cohort on its waiting list and promotes them when a place is freed', async () => {
    const [bob, cat, dan] = [
      await api.hire({ name: 'Bob' }),
      await api.hire({ name: 'Cat' }),
      await api.hire({ name: 'Dan' }),
    ];
    const cohortId = await api.schedule(1, '2016-09-01', '2017-07-31', 1);
    expect(await api.enrol(cohortId, bob, '2016-08-01')).toEqual({ status: 'enrolled' });
    expect(await api.enrol(cohortId, cat, '2016-08-02')).toEqual({ status: 'waitlisted' });
    expect(await api.enrol(cohortId, dan, '2016-08-03')).toEqual({ status: 'waitlisted' });
    expect(await api.get(`/api/cohorts/${cohortId}`)).toMatchObject({
      placesLeft: 0,
      enrolled: 1,
      waitlisted: 2,
      roster: [{ staffId: bob, name: 'Bob', status: 'enrolled' }],
      waitingList: [
        { staffId: cat, name: 'Cat', position: 1, waitlistedOn: '2016-08-02' },
        { staffId: dan, name: 'Dan', position: 2, waitlistedOn: '2016-08-03' },
      ],
    });
    expect(await api.get(`/api/staff/${cat}`)).toMatchObject({ currentEnrolment: { cohortId, status: 'waitlisted' } });

    expect(await api.outcome(cohortId, bob, 'withdrawn', '2016-10-01')).toEqual({
      outcome: 'withdrawn',
      promoted: cat,
    });
    expect(await api.get(`/api/cohorts/${cohortId}`)).toMatchObject({
      placesLeft: 0,
      enrolled: 1,
      waitlisted: 1,
      roster: [
        { staffId: bob, status: 'withdrawn', enrolledOn: '2016-08-01', outcomeOn: '2016-10-01' },
        { staffId: cat, status: 'enrolled', enrolledOn: '2016-10-01', outcomeOn: null },
      ],
      waitingList: [{ staffId: dan, position: 1 }],
    });
    expect(await api.get(`/api/staff/${cat}`)).toMatchObject({
      currentEnrolment: { cohortId, level: 1, status: 'enrolled' },
    });

    // Someone enrolled elsewhere cannot take a second place.
    const other = await api.schedule(1, '2016-09-15', '2017-07-31', 5);
    expect(await api.enrol(other, cat, '2016-10-02', 422)).toMatchObject({ code: 'TRAINING.ALREADY_ENROLLED' });
    expect(await api.enrol(cohortId, cat, '2016-10-02', 422)).toMatchObject({ code: 'TRAINING.ALREADY_ENROLLED' });
  });

  it('refuses a level not reached with a coded 422, and unknown ids with 404', async () => {
    const eve = await api.hire({ name: 'Eve' });
    const level3 = await api.schedule(3, '2016-09-01', '2017-07-31');
    expect(await api.enrol(level3, eve, '2016-08-01', 422)).toMatchObject({ code: 'TRAINING.LEVEL_NOT_REACHED' });
    expect((await api.get(`/api/cohorts/${level3}`)).roster).toEqual([]);

    const unknown = randomUUID();
    expect(await api.enrol(unknown, eve, '2016-08-01', 404)).toMatchObject({ code: 'COHORT.NOT_FOUND' });
    expect(await api.enrol(level3, unknown, '2016-08-01', 404)).toMatchObject({ code: 'STAFF.NOT_FOUND' });
    expect(await api.get(`/api/cohorts/${unknown}`, 404)).toMatchObject({ code: 'COHORT.NOT_FOUND' });
    expect(await api.outcome(unknown, eve, 'completed', '2017-01-01', 404)).toMatchObject({ code: 'COHORT.NOT_FOUND' });
    expect(await api.outcome(level3, unknown, 'completed', '2017-01-01', 404)).toMatchObject({
      code: 'STAFF.NOT_FOUND',
    });
    expect(await api.outcome(level3, eve, 'completed', '2017-01-01', 422)).toMatchObject({
      code: 'TRAINING.NOT_ENROLLED',
    });
  });

  it('validates input, and lets only hr and admin write while every role reads', async () => {
    const auditor = await t.tokenFor('auditor');
    const body = {
      level: 1,
      name: 'Y1',
      provider: 'Tavistock',
      startsOn: '2016-09-01',
      endsOn: '2017-07-31',
      capacity: 5,
    };
    await api.post('/api/cohorts', body, 403, auditor);
    expect(await api.post('/api/cohorts', { ...body, level: 5 }, 400)).toMatchObject({ code: 'VALIDATION.FAILED' });
    expect(await api.post('/api/cohorts', { ...body, endsOn: '2016-08-01' }, 400)).toMatchObject({
      code: 'COHORT.INVALID_DATES',
    });
    expect(await api.post('/api/cohorts', { ...body, startsOn: '2017-02-29' }, 400)).toMatchObject({
      code: 'VALIDATION.FAILED',
    });
    const cohortId = (await api.post('/api/cohorts', body, 201, await t.tokenFor('admin'))).id;
    expect(await api.get(`/api/cohorts/${cohortId}`, 200, auditor)).toMatchObject({ id: cohortId, placesLeft: 5 });
    expect(await api.get('/api/cohorts/not-a-uuid', 400)).toMatchObject({ code: 'COHORT.INVALID_ID' });
    expect(await api.post(`/api/cohorts/${cohortId}/enrolments`, { staffId: 'x' }, 400)).toMatchObject({
      code: 'VALIDATION.FAILED',
    });
    expect(await api.get('/api/reports/pipeline?on=2017-02-30', 400, auditor)).toMatchObject({
      code: 'VALIDATION.FAILED',
    });
    expect(await api.get('/api/reports/pipeline?borough=XYZ', 400, auditor)).toMatchObject({
      code: 'VALIDATION.FAILED',
    });
  });

  it("takes today from the clock, as a UK date, for the report's programme year and an undated enrolment", async () => {
    // 23:30 UTC on 31 March is already 1 April in the UK (summer time): programme Year 2 has begun.
    clock.set('2017-03-31T23:30:00Z');
    const report = await api.pipeline();
    expect({ on: report.on, programmeYear: report.programmeYear }).toEqual({
      on: '2017-04-01',
      programmeYear: { number: 2, startsOn: '2017-04-01', endsOn: '2018-03-31' },
    });
    const cohortId = await api.schedule(1, '2017-01-09', '2017-07-31');
    const person = await api.hire({ name: 'Fay' });
    await api.post(`/api/cohorts/${cohortId}/enrolments`, { staffId: person }, 201);
    expect((await api.get(`/api/cohorts/${cohortId}`)).roster).toEqual([
      { staffId: person, name: 'Fay', status: 'enrolled', enrolledOn: '2017-04-01', outcomeOn: null },
    ]);
  });

  it('lists cohorts a page at a time by start date then id, filtered by level and start date', async () => {
    const ids = [
      await api.schedule(2, '2030-09-01', '2031-07-31'),
      await api.schedule(2, '2030-01-10', '2030-07-31'),
      await api.schedule(2, '2030-09-01', '2031-06-30'),
      await api.schedule(4, '2030-09-01', '2031-07-31'),
    ];
    const expected = [ids[1], ...[ids[0], ids[2]].sort()];
    const page = (n: number) => api.get(`/api/cohorts?level=2&from=2030-01-01&to=2030-12-31&pageSize=2&page=${n}`);
    const first = await page(1);
    const second = await page(2);
    expect({ total: first.total, page: first.page, pageSize: first.pageSize }).toEqual({
      total: 3,
      page: 1,
      pageSize: 2,
    });
    expect([...first.items, ...second.items].map((c: { id: string }) => c.id)).toEqual(expected);
    expect(second.items[0]).toMatchObject({ level: 2, startsOn: '2030-09-01', capacity: 10, placesLeft: 10 });
    expect((await page(3)).items).toEqual([]);
    expect((await page(3)).total).toBe(3);
    expect((await api.get('/api/cohorts?from=2030-09-01&to=2030-09-01')).total).toBe(3);
  });
});
