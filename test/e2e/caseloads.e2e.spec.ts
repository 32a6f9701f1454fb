import { FixedClock } from '../../src/shared/clock.js';
import { CaseloadClient } from '../support/caseload-client.js';
import { startTestApp, testDatabaseKinds, type TestApp } from '../support/test-app.js';

/**
 * Issue 7, "Done when": a clinician walked from no cases to over cap and back, every view checked
 * at every step; over-cap people in `over=true` lists and on the capacity totals, the flag kept in
 * the history; the planning view; and the rules through HTTP (roles, negative counts, leavers).
 * The Triborough plan's caps apply: a social-work-registered clinician 6 pro rata, a social worker 18.
 */
describe.each(testDatabaseKinds())('caseload planning over HTTP on $name', (kind) => {
  let t: TestApp;
  let api: CaseloadClient;
  let cleo: string;
  let dan: string;
  const clock = new FixedClock(new Date('2017-04-03T09:00:00Z'));
  const registration = (n: number) => ({ registration: { number: `SW10000${n}`, registeredOn: '2012-09-01' } });

  beforeAll(async () => {
    t = await startTestApp(kind, {}, { clock });
    api = new CaseloadClient(t, await t.tokenFor('clinical-lead'));
    const hr = new CaseloadClient(t, await t.tokenFor('hr'));
    // 0.8 FTE: the plan's 6 for registered clinicians is 4 for her (4.8 rounded down).
    cleo = await hr.hire({ fte: 0.8, ...registration(1) });
    dan = await hr.hire({ name: 'Dan Dual', role: 'social-worker', ...registration(2) });
    const therapy = { kind: 'family-therapy', evidenceRef: 'AFT/2015/7', achievedOn: '2015-07-01' };
    await hr.send('post', `/api/staff/${dan}/qualifications`, therapy, 201);
  });
  afterAll(() => t?.close());

  const step = () => clock.advance(24 * 3600_000);

  it('walks a clinician from no cases to over cap and back, each view at each step', async () => {
    const views = (query = '') => api.views(cleo, 'RBKC', 'clinician', query);
    const none = { people: 0, cases: 0 };
    const counted = ['CaseloadCounted', 2, 2, 4, false];
    const allocated = ['CasesAllocated', 3, 5, 4, true];
    const closed = ['CasesClosed', 2, 3, 4, false];

    // No cases yet: listed for her cap, all of it free.
    expect(await views()).toEqual({
      line: { openCases: 0, cap: 4, headroom: 4, overCap: false },
      inOverList: false,
      capacity: { openCases: 0, headroom: 4, overCap: none },
      history: [],
    });

    step();
    const count = await api.count(cleo, '2017-04-10', 2);
    expect(count).toEqual({ staffId: cleo, version: 0, openCases: 2, cap: 4, overCap: false });
    expect(await views()).toEqual({
      line: { openCases: 2, cap: 4, headroom: 2, overCap: false },
      inOverList: false,
      capacity: { openCases: 2, headroom: 2, overCap: none },
      history: [counted],
    });

    step();
    const beforeOver = clock.now().toISOString();
    step();
    // Over the cap: recorded all the same, and flagged.
    expect(await api.allocate(cleo, '2017-04-20', 3)).toMatchObject({ openCases: 5, cap: 4, overCap: true });
    expect(await views()).toEqual({
      line: { openCases: 5, cap: 4, headroom: -1, overCap: true },
      inOverList: true,
      capacity: { openCases: 5, headroom: 0, overCap: { people: 1, cases: 1 } },
      history: [counted, allocated],
    });
    expect(await api.overIds('borough=WCC')).toEqual([]);
    const total = (await api.get('/api/caseloads/capacity')).total;
    expect(total).toMatchObject({ people: 2, cap: 22, openCases: 5, headroom: 18, overCap: { people: 1, cases: 1 } });
    expect(total.dualQualified).toEqual({ people: 1, headroom: 18 });

    step();
    const overAt = clock.now().toISOString();
    step();
    expect(await api.close(cleo, '2017-05-02', 2)).toMatchObject({ openCases: 3, cap: 4, overCap: false });
    // Back under: off the over-cap list and the totals, the flag kept in the history as decided.
    expect(await views()).toEqual({
      line: { openCases: 3, cap: 4, headroom: 1, overCap: false },
      inOverList: false,
      capacity: { openCases: 3, headroom: 1, overCap: none },
      history: [counted, allocated, closed],
    });
    expect((await api.get('/api/caseloads/capacity')).total.overCap).toEqual(none);

    // As at a date, and as known at an instant: every view shows the over-cap days again.
    expect(await views('asAt=2017-04-25')).toEqual({
      line: { openCases: 5, cap: 4, headroom: -1, overCap: true },
      inOverList: true,
      capacity: { openCases: 5, headroom: 0, overCap: { people: 1, cases: 1 } },
      history: [counted, allocated],
    });
    expect(await views(`knownAt=${overAt}`)).toMatchObject({ inOverList: true, history: [counted, allocated] });
    expect(await views(`knownAt=${beforeOver}`)).toMatchObject({
      line: { openCases: 2, overCap: false },
      history: [counted],
    });
    expect(await views('asAt=2017-04-09')).toMatchObject({ line: { openCases: 0, headroom: 4 }, history: [] });
    await api.get(`/api/staff/${cleo}/caseload/history?asAt=2016-03-31`, 404);
  });

  it('sets an individual cap for a phased return and clears it, each with its reason in the history', async () => {
    step();
    const capped = { from: '2017-05-10', maxOpenCases: 2, reason: 'Phased return after illness' };
    expect(await api.send('put', `/api/staff/${cleo}/caseload/cap`, capped)).toMatchObject({ cap: 2, overCap: true });
    expect(await api.overIds()).toEqual([cleo]);
    expect((await api.get('/api/caseloads')).items.find((i: { staffId: string }) => i.staffId === cleo).capSource).toBe(
      'individual',
    );
    // One person's line alone, as their caseload page reads it; the same line the whole list holds.
    const own = (await api.get(`/api/caseloads?staffId=${cleo.toUpperCase()}`)).items;
    expect(own.map((i: { staffId: string; capSource: string }) => [i.staffId, i.capSource])).toEqual([
      [cleo, 'individual'],
    ]);
    expect((await api.get('/api/caseloads?staffId=not-a-uuid', 400)).code).toBe('VALIDATION.FAILED');
    step();
    const cleared = { from: '2017-06-01', reason: 'Back to full duties' };
    expect(await api.send('post', `/api/staff/${cleo}/caseload/cap/clearance`, cleared)).toMatchObject({ cap: 4 });
    expect(await api.lineOf(cleo)).toEqual({ openCases: 3, cap: 4, headroom: 1, overCap: false });
    expect(await api.lineOf(cleo, 'asAt=2017-05-20')).toEqual({ openCases: 3, cap: 2, headroom: -1, overCap: true });
    const entries = (await api.get(`/api/staff/${cleo}/caseload/history`)).entries;
    expect(
      entries.slice(-2).map((e: Record<string, unknown>) => [e.summary, e.reason, e.actor !== '', e.effectiveOn]),
    ).toEqual([
      ['Individual cap set to 2 (3 open, cap 2, over cap)', 'Phased return after illness', true, '2017-05-10'],
      ['Individual cap cleared: plan cap 4 (3 open, cap 4)', 'Back to full duties', true, '2017-06-01'],
    ]);
  });

  it('plans the next integration step with the dual-qualified staff who have places free', async () => {
    const answer = await api.get('/api/caseloads/candidates?asAt=2017-10-01');
    expect(answer).toMatchObject({
      today: '2017-10-01',
      step: { year: 3, startsOn: '2018-04-01', fromWteHundredths: 0, riseWteHundredths: 1200 },
      clinicianConsultationHoursPerWeek: 15,
      total: { people: 1, fteHundredths: 100, headroom: 18 },
    });
    // A clinician does clinician work already: only Dan, in a social work post.
    expect(answer.candidates).toEqual([
      expect.objectContaining({ staffId: dan, borough: 'RBKC', fte: 1, headroom: 18, consultationHoursPerWeek: 15 }),
    ]);
    expect((await api.get('/api/caseloads/candidates?borough=WCC')).candidates).toEqual([]);
    const rows = await api.csv('/api/caseloads/candidates?asAt=2017-10-01');
    expect(rows.map((r) => [r.staff_id, r.step_year, r.headroom])).toEqual([[dan, '3', '18']]);
  });

  it('answers CSV for every list, the same figures as the JSON', async () => {
    const list = await api.csv('/api/caseloads?borough=RBKC');
    expect(list.map((r) => [r.staff_id, r.role, r.open_cases, r.cap, r.headroom, r.over_cap])).toEqual([
      [cleo, 'clinician', '3', '4', '1', 'false'],
      [dan, 'social-worker', '0', '18', '18', 'false'],
    ]);
    const capacity = await api.csv('/api/caseloads/capacity');
    expect(capacity.map((r) => [r.borough, r.role, r.headroom, r.dual_qualified_headroom])).toEqual([
      ['RBKC', 'clinician', '1', '0'],
      ['RBKC', 'social-worker', '18', '18'],
      ['total', 'total', '19', '18'],
    ]);
    const history = await api.csv(`/api/staff/${cleo}/caseload/history`);
    expect(history.map((r) => r.over_cap)).toEqual(['false', 'true', 'false', 'true', 'false']);
  });

  it('refuses counts below zero, leavers, other writers and bad input, with codes', async () => {
    expect((await api.close(cleo, '2017-06-10', 4, 422)).code).toBe('CASELOADS.NEGATIVE_COUNT');
    expect((await api.count(cleo, '2017-06-10', -1, 422)).code).toBe('CASELOADS.NEGATIVE_COUNT');
    expect((await api.count(cleo, '2017-06-10', 1.5, 400)).code).toBe('VALIDATION.FAILED');
    expect((await api.count(cleo, '2017-05-01', 1, 422)).code).toBe('CASELOADS.COUNT_BEFORE_LAST_CHANGE');
    expect((await api.count(cleo, '2016-03-31', 1, 422)).code).toBe('CASELOADS.NOT_IN_POST');
    const hr = await t.tokenFor('hr');
    const body = { on: '2017-06-10', openCases: 1, reason: 'x' };
    expect((await api.send('post', `/api/staff/${cleo}/caseload/counts`, body, 403, hr)).code).toBe('AUTH.FORBIDDEN');
    expect(
      (await api.send('post', `/api/staff/${cleo}/caseload/counts`, { on: '2017-06-10', openCases: 1 }, 400)).code,
    ).toBe('VALIDATION.FAILED');
    const nobody = '00000000-0000-4000-8000-000000000000';
    expect((await api.count(nobody, '2017-06-10', 1, 404)).code).toBe('STAFF.NOT_FOUND');
    // Dan leaves at the end of June: nothing from his leaving day on, his last days still recordable.
    await api.send(
      'post',
      `/api/staff/${dan}/departure`,
      { leftOn: '2017-07-01', reason: 'Moved on' },
      200,
      await t.tokenFor('hr', 'admin'),
    );
    expect((await api.count(dan, '2017-07-01', 0, 422)).code).toBe('STAFF.HAS_LEFT');
    expect(await api.count(dan, '2017-06-30', 0)).toMatchObject({ openCases: 0, cap: 18 });
    expect(await api.lineOf(dan)).toBeUndefined();
    expect(await api.lineOf(dan, 'asAt=2017-06-30')).toEqual({ openCases: 0, cap: 18, headroom: 18, overCap: false });
    // Auditors read.
    await api.get('/api/caseloads/capacity', 200, await t.tokenFor('auditor'));
  });

  it("sets a week's on-site support to Centre councils against the clinician's capacity, at every cut", async () => {
    // A council selected for the Year 2 intake, where Cleo gives a day (the plan's 7.5 hours) and 3.5 hours.
    const council = { name: 'Avon', ofstedRating: 'good', leadershipNotes: 'Stable team', appliedOn: '2016-11-01' };
    const { id } = await api.send('post', '/api/centre/intakes/2/councils', council, 201);
    await api.send('post', `/api/centre/intakes/2/councils/${id}/selection`, { on: '2017-01-31', reason: 'Fits' });
    clock.set('2017-09-12T17:00:00Z');
    const beforeSupport = clock.now().toISOString();
    step();
    const support = (on: string, hours?: number) =>
      api.send('post', `/api/centre/intakes/2/councils/${id}/on-site-support`, { staffId: cleo, on, hours });
    await support('2017-09-13');
    await support('2017-09-14', 3.5);
    const none = { days: 0, hours: 0, fte: 0, availableFte: 0.8, availableCap: 4, availableHeadroom: 1 };

    // As at the Tuesday of that week: nothing given yet. Her cap is 4 at 0.8 FTE, 3 cases open.
    expect(await api.onSite(cleo, 'asAt=2017-09-12')).toEqual({
      week: { from: '2017-09-11', to: '2017-09-17', fullTimeHoursPerWeek: 37.5 },
      line: expect.objectContaining(none),
      total: expect.objectContaining({ people: 0, ...none }),
    });
    // Wednesday: a fifth of a 37.5-hour week gone, 0.6 left, a cap of 3 (4 × 0.6 / 0.8), no place free.
    const wednesday = { days: 1, hours: 7.5, fte: 0.2, availableFte: 0.6, availableCap: 3, availableHeadroom: 0 };
    expect(await api.onSite(cleo, 'asAt=2017-09-13')).toMatchObject({ line: wednesday, total: wednesday });
    // The whole week: 11 hours, 0.3 (29.3 hundredths rounded up), a cap of 2: one case over it.
    const week = { days: 2, hours: 11, hoursHundredths: 1100, fte: 0.3, fteHundredths: 30, availableFte: 0.5 };
    const after = await api.onSite(cleo, 'asAt=2017-09-17');
    expect(after.line).toEqual({ ...week, availableFteHundredths: 50, availableCap: 2, availableHeadroom: -1 });
    expect(after.total).toMatchObject({ people: 1, ...week, availableCap: 2, availableHeadroom: 0 });
    expect((await api.get('/api/centre/on-site-support?from=2017-09-11&to=2017-09-17')).hours).toBe(after.line.hours);
    // Not in the next week's capacity, nor in what was known before it was recorded, nor a week now.
    expect((await api.onSite(cleo, 'asAt=2017-09-18')).line).toMatchObject({ days: 0, availableCap: 4 });
    expect((await api.onSite(cleo, `asAt=2017-09-17&knownAt=${beforeSupport}`)).line).toMatchObject(none);
    expect((await api.onSite(cleo, `knownAt=${beforeSupport}`)).week.from).toBe('2017-09-11');
    expect((await api.onSite(cleo)).line).toMatchObject({ days: 2, hours: 11, availableCap: 2 });
    clock.set('2017-09-19T09:00:00Z');
    expect(await api.onSite(cleo)).toMatchObject({ week: { from: '2017-09-18' }, line: { days: 0 } });
    expect((await api.get('/api/caseloads/candidates?asAt=2017-09-13')).onSiteSupportWeek.from).toBe('2017-09-11');
    expect((await api.get('/api/caseloads/capacity?asAt=2017-02-30', 400)).code).toBe('VALIDATION.FAILED');
  });
});
