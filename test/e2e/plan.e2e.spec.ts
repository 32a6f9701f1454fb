import { startTestApp, testDatabaseKinds, type TestApp } from '../support/test-app.js';

/** The plan through HTTP: adopted from the plan file on first start, its funding, its revisions. */

const pounds = (amount: number): number => amount * 100;
const byYear = (amounts: number[]) => Object.fromEntries(amounts.map((a, i) => [String(i + 1), pounds(a)]));

describe.each(testDatabaseKinds())('the tapering plan over HTTP on $name', (kind) => {
  let t: TestApp;
  let lead: string;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  const getPlan = async () => (await t.http.get('/api/plan').set(auth(lead)).expect(200)).body;

  beforeAll(async () => {
    t = await startTestApp(kind);
    lead = await t.tokenFor('clinical-lead');
  });
  afterAll(() => t?.close());

  it('has adopted the Triborough plan on first start, as the system actor', async () => {
    // Adopted before the projections start; the read model follows within their first batches.
    let res = await t.http.get('/api/plan').set(auth(lead));
    for (let tries = 0; res.status === 404 && tries < 50; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      res = await t.http.get('/api/plan').set(auth(lead));
    }
    expect(res.status).toBe(200);
    const plan = res.body;
    expect(plan).toMatchObject({
      revision: 1,
      name: 'Triborough systemic practice: clinical team tapering plan 2016',
      actor: 'system',
      reason: 'Initial adoption from plans/triborough-2016.json',
    });
    expect(plan.history).toEqual([
      expect.objectContaining({ revision: 1, actor: 'system', effective: true, supersededAt: null }),
    ]);
    const [event] = await t.dataSource.query(
      `SELECT type, metadata->>'actor' AS actor FROM events WHERE stream_id = 'plan-triborough'`,
    );
    expect(event).toEqual({ type: 'PlanAdopted', actor: 'system' });
  });

  it('shows every figure of the domain brief, totals computed from the lines', async () => {
    const funding = (
      await t.http
        .get('/api/plan/funding')
        .set(auth(await t.tokenFor('auditor')))
        .expect(200)
    ).body;
    expect(funding.lines).toEqual([
      expect.objectContaining({
        name: 'Clinicians / family therapists',
        clinicalTeam: true,
        amountsPence: byYear([1_020_000, 1_020_000, 510_000, 0]),
      }),
      expect.objectContaining({
        name: 'Heads of Clinical Practice',
        clinicalTeam: true,
        amountsPence: byYear([164_000, 164_000, 82_000, 0]),
      }),
      expect.objectContaining({
        name: 'Systemic training years 2-4',
        clinicalTeam: false,
        amountsPence: byYear([80_000, 200_000, 200_000, 200_000]),
      }),
      expect.objectContaining({
        name: 'Predictive model (On Track)',
        clinicalTeam: false,
        amountsPence: byYear([35_000, 35_000, 0, 0]),
      }),
      expect.objectContaining({
        name: 'Looked-after children analysis',
        clinicalTeam: false,
        amountsPence: byYear([80_000, 40_000, 0, 0]),
      }),
    ]);
    expect(funding.years).toEqual([
      {
        year: 1,
        startsOn: '2016-04-01',
        endsOn: '2017-03-31',
        totalPence: pounds(1_379_000),
        clinicalTeamPence: pounds(1_184_000),
      },
      {
        year: 2,
        startsOn: '2017-04-01',
        endsOn: '2018-03-31',
        totalPence: pounds(1_459_000),
        clinicalTeamPence: pounds(1_184_000),
      },
      {
        year: 3,
        startsOn: '2018-04-01',
        endsOn: '2019-03-31',
        totalPence: pounds(792_000),
        clinicalTeamPence: pounds(592_000),
      },
      { year: 4, startsOn: '2019-04-01', endsOn: '2020-03-31', totalPence: pounds(200_000), clinicalTeamPence: 0 },
    ]);
    expect(funding.statedTotals).toEqual(
      [1_379_000, 1_459_000, 792_000, 200_000].map((stated, i) => ({
        name: 'Total, practice system',
        year: i + 1,
        statedPence: pounds(stated),
        computedPence: pounds(stated),
        differencePence: 0,
      })),
    );
  });

  describe('revising', () => {
    it('records a revision with its reason, and shows a stated total the lines no longer match', async () => {
      const { document } = await getPlan();
      const lines = document.fundingLines.map((line: { name: string; amountsPence: Record<string, number> }) =>
        line.name === 'Predictive model (On Track)'
          ? { ...line, amountsPence: { ...line.amountsPence, '3': pounds(10_000) } }
          : line,
      );
      const res = await t.http
        .put('/api/plan')
        .set(auth(lead))
        .send({
          document: { ...document, fundingLines: lines },
          expectedRevision: 1,
          reason: 'On Track extended into Year 3',
        })
        .expect(200);
      expect(res.body).toMatchObject({ revision: 2, reason: 'On Track extended into Year 3' });
      expect(res.body.actor).toMatch(/^user-clinicallead-/);
      expect(res.body.history.map((h: { revision: number; effective: boolean }) => [h.revision, h.effective])).toEqual([
        [1, false],
        [2, true],
      ]);
      expect(res.body.history[0].supersededAt).toBe(res.body.history[1].recordedAt);
      const funding = (await t.http.get('/api/plan/funding').set(auth(lead)).expect(200)).body;
      expect(funding.revision).toBe(2);
      expect(funding.years[2]).toMatchObject({
        year: 3,
        totalPence: pounds(802_000),
        clinicalTeamPence: pounds(592_000),
      });
      expect(funding.statedTotals[2]).toEqual({
        name: 'Total, practice system',
        year: 3,
        statedPence: pounds(792_000),
        computedPence: pounds(802_000),
        differencePence: -pounds(10_000),
      });
    });

    it('refuses a revision started from a revision no longer in force: 409', async () => {
      const { document } = await getPlan();
      const res = await t.http
        .put('/api/plan')
        .set(auth(lead))
        .send({ document: { ...document, name: 'Stale edit' }, expectedRevision: 1, reason: 'late' });
      expect({ status: res.status, code: res.body.code }).toEqual({ status: 409, code: 'PLAN.STALE_REVISION' });
      expect((await getPlan()).revision).toBe(2);
    });

    it('refuses an invalid document with every problem listed: 400 PLAN.INVALID', async () => {
      const { document } = await getPlan();
      const res = await t.http
        .put('/api/plan')
        .set(auth(lead))
        .send({ document: { ...document, name: '', calendar: 'four years' }, expectedRevision: 2, reason: 'typo' });
      expect({ status: res.status, code: res.body.code }).toEqual({ status: 400, code: 'PLAN.INVALID' });
      expect(res.body.details.problems).toEqual(
        expect.arrayContaining([
          { path: 'name', message: 'must be non-empty text' },
          { path: 'calendar', message: 'must be a list' },
        ]),
      );
    });

    it('refuses an auditor: 403', async () => {
      const { document } = await getPlan();
      const res = await t.http
        .put('/api/plan')
        .set(auth(await t.tokenFor('auditor')))
        .send({ document: { ...document, name: 'Audited' }, expectedRevision: 2, reason: 'not mine to change' });
      expect({ status: res.status, code: res.body.code }).toEqual({ status: 403, code: 'AUTH.FORBIDDEN' });
    });

    it('keeps the history: two revisions, the second in force', async () => {
      const plan = await getPlan();
      expect(plan.history).toHaveLength(2);
      expect(plan).toMatchObject({ revision: 2, reason: 'On Track extended into Year 3' });
    });
  });
});
