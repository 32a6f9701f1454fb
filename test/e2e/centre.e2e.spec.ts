import { QueryBus } from '@nestjs/cqrs';
import { GetOnSiteSupportHoursQuery } from '../../src/centre/application/get-on-site-support-hours.handler.js';
import { startTestApp, testDatabaseKinds, type TestApp } from '../support/test-app.js';

/**
 * The Centre for Social Work through HTTP, on the plan adopted at first start: councils apply
 * and are selected, send their participants, attend, complete, and owe fees; the plan's income
 * line and cost lines are checked against what was entered.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const pounds = (amount: number) => amount * 100;

/** A council's full complement: 20 practitioners, 8 frontline managers, 5 practice leaders. */
const complement = (council: string) => [
  ...Array.from({ length: 20 }, (_, i) => ({ name: `${council} Practitioner ${i + 1}`, group: 'practitioner' })),
  ...Array.from({ length: 8 }, (_, i) => ({ name: `${council} Manager ${i + 1}`, group: 'frontline-manager' })),
  ...Array.from({ length: 5 }, (_, i) => ({ name: `${council} Leader ${i + 1}`, group: 'practice-leader' })),
];

describe.each(testDatabaseKinds())('the Centre for Social Work over HTTP on $name', (kind) => {
  let t: TestApp;
  let lead: string;
  let hr: string;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  const send = async (path: string, body: object, token = lead) => {
    const res = await t.http.post(path).set(auth(token)).send(body);
    return { status: res.status, body: res.body };
  };
  const get = async (path: string, token = lead) => (await t.http.get(path).set(auth(token)).expect(200)).body;
  const events = async () => (await t.dataSource.query(`SELECT count(*)::int AS n FROM events`))[0].n as number;

  const apply = async (year: number, name: string, appliedOn: string, ofstedRating = 'good') => {
    const body = { name, ofstedRating, leadershipNotes: 'Stable senior team since 2014', appliedOn };
    const res = await send(`/api/centre/intakes/${year}/councils`, body);
    expect(res).toEqual({ status: 201, body: { id: expect.stringMatching(UUID) } });
    return res.body.id as string;
  };
  const select = (year: number, id: string, on: string) =>
    send(`/api/centre/intakes/${year}/councils/${id}/selection`, { on, reason: 'Committed to the model' });
  const register = async (year: number, id: string, registeredOn: string, name: string) => {
    const res = await send(`/api/centre/intakes/${year}/councils/${id}/participants`, {
      registeredOn,
      participants: complement(name),
    });
    expect(res.status).toBe(201);
    expect(res.body.ids).toHaveLength(33);
    return res.body.ids as string[];
  };
  /** Three councils selected for the intake, each sending its 33. */
  const fullIntake = async (year: number, closesOn: string, startsOn: string) => {
    const registeredOn = `${startsOn.slice(0, 4)}-03-01`;
    const councils: string[] = [];
    for (const name of ['Avon', 'Brent', 'Cumbria']) {
      const id = await apply(year, `${name} ${year}`, `${Number(closesOn.slice(0, 4)) - 1}-11-01`);
      expect((await select(year, id, closesOn)).status).toBe(200);
      councils.push(id);
    }
    const participants = [];
    for (const [i, id] of councils.entries()) participants.push(await register(year, id, registeredOn, `C${i}`));
    return { councils, participants };
  };

  beforeAll(async () => {
    t = await startTestApp(kind);
    lead = await t.tokenFor('clinical-lead');
    hr = await t.tokenFor('hr');
  });
  afterAll(() => t?.close());

  describe('the Year 2 intake, from application to fees', () => {
    let avon: string;
    let brent: string;
    let avonPeople: string[];
    let brentPeople: string[];
    let clinician: string;
    let recordedBeforeRegistration: string;

    it("shows the plan's intakes before anything is entered", async () => {
      const intakes = await get('/api/centre/intakes', hr);
      expect(intakes).toMatchObject({
        classroomDaysPerParticipant: 15,
        embeddedDaysPerParticipant: 10,
        onSiteHoursPerDay: 7.5,
      });
      expect(intakes.items.map((i: { year: number }) => i.year)).toEqual([2, 3, 4]);
      expect(intakes.items[0]).toMatchObject({
        year: 2,
        selectionClosesOn: '2017-01-31',
        startsOn: '2017-04-01',
        councilsPlanned: 3,
        placesPlanned: 99,
        feePencePerParticipant: pounds(1_000),
        plannedIncomePence: pounds(99_000),
        participantsTotal: 0,
        onSiteDaysPlanned: 15,
      });
    });

    it('takes applications until selection closes, refusing councils rated Inadequate', async () => {
      avon = await apply(2, 'Avon', '2016-11-01', 'requires-improvement');
      brent = await apply(2, 'Brent', '2016-11-15', 'good');
      const before = await events();
      const inadequate = await send('/api/centre/intakes/2/councils', {
        name: 'Dorset',
        ofstedRating: 'inadequate',
        leadershipNotes: 'Interim director',
        appliedOn: '2016-12-01',
      });
      expect(inadequate).toMatchObject({
        status: 422,
        body: { code: 'CENTRE.COUNCIL_INELIGIBLE', details: { ofstedRating: 'inadequate' } },
      });
      const late = await send('/api/centre/intakes/2/councils', {
        name: 'Essex',
        ofstedRating: 'good',
        leadershipNotes: 'Settled',
        appliedOn: '2017-02-01',
      });
      expect(late).toMatchObject({ status: 422, body: { code: 'CENTRE.SELECTION_CLOSED' } });
      expect(await events()).toBe(before);
      expect(
        (
          await send('/api/centre/intakes/1/councils', {
            name: 'X',
            ofstedRating: 'good',
            leadershipNotes: 'x',
            appliedOn: '2016-01-01',
          })
        ).body.code,
      ).toBe('CENTRE.INTAKE_NOT_FOUND');
      expect(
        (
          await send(
            '/api/centre/intakes/2/councils',
            { name: 'Avon', ofstedRating: 'good', leadershipNotes: 'x', appliedOn: '2016-12-01' },
            hr,
          )
        ).status,
      ).toBe(403);
    });

    it('selects councils up to the plan, and declines with a reason', async () => {
      const cumbria = await apply(2, 'Cumbria', '2016-12-01', 'outstanding');
      const derby = await apply(2, 'Derby', '2017-01-05');
      for (const id of [avon, brent, cumbria]) expect((await select(2, id, '2017-01-20')).status).toBe(200);
      expect(await select(2, derby, '2017-01-25')).toMatchObject({
        status: 422,
        body: { code: 'CENTRE.INTAKE_FULL', details: { councils: 3 } },
      });
      const declined = await send(`/api/centre/intakes/2/councils/${derby}/decline`, {
        on: '2017-01-25',
        reason: 'Intake full; invited for Year 3',
      });
      expect(declined).toMatchObject({
        status: 200,
        body: {
          id: derby,
          status: 'declined',
          decidedOn: '2017-01-25',
          decisionReason: 'Intake full; invited for Year 3',
        },
      });
      const councils = await get('/api/centre/intakes/2/councils?status=selected');
      expect(councils.items.map((c: { name: string }) => c.name)).toEqual(['Avon', 'Brent', 'Cumbria']);
      expect(councils.items[0]).toMatchObject({
        ofstedRating: 'requires-improvement',
        leadershipNotes: 'Stable senior team since 2014',
      });
    });

    it('registers each council’s 33 participants by group, and no more', async () => {
      recordedBeforeRegistration = new Date().toISOString();
      avonPeople = await register(2, avon, '2017-03-01', 'Avon');
      brentPeople = await register(2, brent, '2017-03-01', 'Brent');
      const extra = await send(`/api/centre/intakes/2/councils/${avon}/participants`, {
        registeredOn: '2017-03-02',
        participants: [{ name: 'One Too Many', group: 'practice-leader' }],
      });
      expect(extra).toMatchObject({
        status: 422,
        body: { code: 'CENTRE.PLACES_FULL', details: { group: 'practice-leader', places: 5, taken: 5, asked: 1 } },
      });
      expect(await get(`/api/centre/intakes/2/councils/${avon}`)).toMatchObject({
        participants: { practitioner: 20, 'frontline-manager': 8, 'practice-leader': 5 },
        participantsTotal: 33,
        feesPence: pounds(33_000),
      });
      const page = await get(`/api/centre/participants?councilId=${brent}&group=practice-leader`);
      expect(page.total).toBe(5);
      expect(page.items[0]).toMatchObject({
        name: 'Brent Leader 1',
        councilName: 'Brent',
        feePence: pounds(1_000),
        status: 'registered',
      });
    });

    it('records on-site support by a Triborough clinician, and the days participants attended', async () => {
      const hired = await send(
        '/api/staff',
        { name: 'Cleo Clinician', borough: 'WCC', role: 'clinician', fte: 1, startedOn: '2016-04-01' },
        hr,
      );
      clinician = hired.body.id;
      const first = await send(`/api/centre/intakes/2/councils/${avon}/on-site-support`, {
        staffId: clinician,
        on: '2017-05-02',
      });
      expect(first).toMatchObject({ status: 200, body: { onSiteDays: 1, onSiteHours: 7.5 } });
      const second = await send(`/api/centre/intakes/2/councils/${avon}/on-site-support`, {
        staffId: clinician,
        on: '2017-06-06',
        hours: 3.5,
      });
      expect(second.body).toMatchObject({ onSiteDays: 2, onSiteHours: 11 });

      const classroom = await send('/api/centre/intakes/2/attendance', {
        on: '2017-04-10',
        kind: 'classroom',
        participantIds: avonPeople,
      });
      expect(classroom).toEqual({ status: 200, body: { recorded: 33 } });
      const embedded = await send('/api/centre/intakes/2/attendance', {
        on: '2017-04-24',
        kind: 'embedded',
        service: 'Children in need, Westminster',
        borough: 'WCC',
        participantIds: [avonPeople[0]],
      });
      expect(embedded.status).toBe(200);
      const onSite = await send('/api/centre/intakes/2/attendance', {
        on: '2017-05-02',
        kind: 'on-site',
        staffId: clinician,
        participantIds: avonPeople.slice(0, 2),
      });
      expect(onSite.body).toEqual({ recorded: 2 });
      // Brent had no support that day: the whole register is refused, Avon's participant included.
      const before = await events();
      const wrong = await send('/api/centre/intakes/2/attendance', {
        on: '2017-06-06',
        kind: 'on-site',
        staffId: clinician,
        participantIds: [avonPeople[2], brentPeople[0]],
      });
      expect(wrong).toMatchObject({
        status: 422,
        body: { code: 'CENTRE.NO_ON_SITE_SUPPORT', details: { participantId: brentPeople[0] } },
      });
      expect(await events()).toBe(before);
    });

    it('completes a participant after their last day, with the days attended by kind', async () => {
      const early = await send(`/api/centre/participants/${avonPeople[0]}/completion`, { on: '2017-05-01' });
      expect(early.body.code).toBe('CENTRE.DATE_BEFORE_ATTENDANCE');
      const done = await send(`/api/centre/participants/${avonPeople[0]}/completion`, {
        on: '2018-03-01',
        reason: 'Course finished',
      });
      expect(done).toMatchObject({
        status: 200,
        body: {
          id: avonPeople[0],
          status: 'completed',
          completedOn: '2018-03-01',
          classroomDays: 1,
          embeddedDays: 1,
          onSiteDays: 1,
        },
      });
      expect(done.body.attendance).toEqual([
        { on: '2017-04-10', kind: 'classroom' },
        { on: '2017-04-24', kind: 'embedded', service: 'Children in need, Westminster', borough: 'WCC' },
        { on: '2017-05-02', kind: 'on-site', staffId: clinician },
      ]);
      const late = await send('/api/centre/intakes/2/attendance', {
        on: '2018-03-02',
        kind: 'classroom',
        participantIds: [avonPeople[0]],
      });
      expect(late.body.code).toBe('CENTRE.PARTICIPANT_COMPLETED');
    });

    it("gives the clinician's on-site hours in a period, for caseloads", async () => {
      const list = await get(`/api/centre/on-site-support?staffId=${clinician}&from=2017-04-01&to=2018-03-31`, hr);
      expect(list).toMatchObject({ days: 2, hours: 11, hoursHundredths: 1100 });
      expect(list.items.map((d: { on: string; councilName: string }) => [d.on, d.councilName])).toEqual([
        ['2017-05-02', 'Avon'],
        ['2017-06-06', 'Avon'],
      ]);
      const queries = t.app.get(QueryBus);
      expect(await queries.execute(new GetOnSiteSupportHoursQuery(clinician, '2017-05-03', '2017-12-31'))).toEqual({
        staffId: clinician,
        from: '2017-05-03',
        to: '2017-12-31',
        days: 1,
        hoursHundredths: 350,
        hours: 3.5,
      });
    });

    it('invoices each council for its participants, and shows what was known and effective when', async () => {
      const invoices = await get('/api/centre/invoices?intakeYear=2', hr);
      expect(
        invoices.items.map((i: { councilName: string; participants: number; amountPence: number; dueOn: string }) => [
          i.councilName,
          i.participants,
          i.amountPence,
          i.dueOn,
        ]),
      ).toEqual([
        ['Avon', 33, pounds(33_000), '2017-04-01'],
        ['Brent', 33, pounds(33_000), '2017-04-01'],
      ]);
      expect(invoices.totalPence).toBe(pounds(66_000));
      // As at mid-January nobody was selected yet; as known before the registrations, no fees.
      const january = (await get('/api/centre/intakes?asAt=2017-01-15')).items[0];
      expect(january).toMatchObject({ councilsApplied: 4, councilsSelected: 0, participantsTotal: 0 });
      const known = await get(`/api/centre/invoices?knownAt=${recordedBeforeRegistration}`);
      expect(known.items).toEqual([]);
      const csv = await t.http.get('/api/centre/invoices?intakeYear=2&format=csv').set(auth(hr)).expect(200);
      expect(csv.text.split('\r\n')[0]).toBe(
        '\uFEFFintake_year,council_id,council_name,participants,fee_pence_per_participant,amount_pence,due_on',
      );
      expect(csv.text.split('\r\n')[1]).toBe(`2,${avon},Avon,33,100000,3300000,2017-04-01`);
    });
  });

  describe('income against the plan, and costs from the lines', () => {
    it("shows income £99,000, £148,500 and £198,000 once the plan's intakes are entered, and the Year 1 cost gap", async () => {
      const year2 = await get('/api/centre/intakes');
      const cumbria = (await get('/api/centre/intakes/2/councils?status=selected')).items.find(
        (c: { name: string }) => c.name === 'Cumbria',
      );
      await register(2, cumbria.id, '2017-03-01', 'Cumbria');
      expect(year2.items[0].participantsTotal).toBe(66);
      await fullIntake(3, '2018-01-31', '2018-04-01');
      await fullIntake(4, '2019-01-31', '2019-04-01');

      const finances = await get('/api/centre/finances', hr);
      const year = (n: number) => finances.years.find((y: { year: number }) => y.year === n);
      expect([2, 3, 4].map((n) => year(n).invoicedIncomePence)).toEqual([99_000, 148_500, 198_000].map(pounds));
      expect([2, 3, 4].map((n) => year(n).invoicedAgainstStatedPence)).toEqual([0, 0, 0]);
      expect(year(1)).toMatchObject({
        costPence: pounds(335_670),
        invoicedIncomePence: 0,
        fundingStillNeededPence: pounds(335_670),
      });
      expect(year(2)).toMatchObject({
        costPence: pounds(318_070),
        fundingStillNeededPence: pounds(219_070),
        fundingRequiredDifferencePence: 0,
      });
      expect(finances.statedTotals).toEqual([
        {
          name: 'Total cost',
          year: 1,
          statedPence: pounds(285_670),
          computedPence: pounds(335_670),
          differencePence: pounds(-50_000),
        },
        {
          name: 'Total cost',
          year: 2,
          statedPence: pounds(268_070),
          computedPence: pounds(318_070),
          differencePence: pounds(-50_000),
        },
      ]);
      const csv = await t.http.get('/api/centre/finances?format=csv').set(auth(lead)).expect(200);
      expect(csv.text).toContain('stated-total,Total cost,1,33567000,28567000,-5000000');
      const intakes = (await get('/api/centre/intakes')).items;
      expect(intakes.map((i: { invoicedPence: number }) => i.invoicedPence)).toEqual(
        [99_000, 148_500, 198_000].map(pounds),
      );
    });

    it('refuses bad paths with coded errors', async () => {
      expect((await send('/api/centre/intakes/two/attendance', {})).body.code).toBe('CENTRE.INVALID_YEAR');
      expect((await t.http.get('/api/centre/intakes/2/councils/not-a-uuid').set(auth(hr))).body.code).toBe(
        'CENTRE.INVALID_ID',
      );
    });
  });
});
