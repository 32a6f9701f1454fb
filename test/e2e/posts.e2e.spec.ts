import { startTestApp, testDatabaseKinds, type TestApp } from '../support/test-app.js';

/** Posts through HTTP: the establishment, holders, the FTE rule and integration of clinician posts. */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe.each(testDatabaseKinds())('posts over HTTP on $name', (kind) => {
  let t: TestApp;
  let lead: string;
  let hr: string;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

  const send = async (path: string, body: object, token = lead) => {
    const res = await t.http.post(path).set(auth(token)).send(body);
    return { status: res.status, body: res.body };
  };
  const get = async (path: string) => (await t.http.get(path).set(auth(lead)).expect(200)).body;

  const establish = async (fields: object = {}): Promise<string> => {
    const body = {
      title: 'Social worker',
      kind: 'social-work',
      borough: 'RBKC',
      wte: 1,
      fundedBy: 'council',
      annualCostPence: 4_000_000,
      establishedOn: '2016-04-01',
      ...fields,
    };
    const res = await send('/api/posts', body);
    expect(res).toEqual({ status: 201, body: { id: expect.stringMatching(UUID) } });
    return res.body.id;
  };
  const hire = async (fields: object = {}): Promise<string> => {
    const body = {
      name: 'Ana Silva',
      borough: 'RBKC',
      role: 'social-worker',
      fte: 1,
      startedOn: '2016-04-01',
      ...fields,
    };
    const res = await send('/api/staff', body, hr);
    expect(res.status).toBe(201);
    return res.body.id;
  };
  const registration = { number: 'SW100001', registeredOn: '2012-09-01' };
  const dualQualified = async (): Promise<string> => {
    const id = await hire({ name: 'Bea Dual', registration });
    const body = { kind: 'family-therapy', evidenceRef: 'AFT/2015/7', achievedOn: '2015-07-01' };
    expect((await send(`/api/staff/${id}/qualifications`, body, hr)).status).toBe(201);
    return id;
  };

  beforeAll(async () => {
    t = await startTestApp(kind);
    lead = await t.tokenFor('clinical-lead');
    hr = await t.tokenFor('hr');
  });
  afterAll(() => t?.close());

  it('establishes, appoints, vacates and disestablishes a post, each visible at once', async () => {
    const postId = await establish({ title: 'Senior social worker', wte: 0.5 });
    expect(await get(`/api/posts/${postId}`)).toMatchObject({
      id: postId,
      title: 'Senior social worker',
      kind: 'social-work',
      borough: 'RBKC',
      wte: 0.5,
      fundedBy: 'council',
      annualCostPence: 4_000_000,
      establishedOn: '2016-04-01',
      status: 'established',
      holder: null,
      version: 0,
    });
    const staffId = await hire();
    const appointed = await send(`/api/posts/${postId}/appointments`, { staffId, from: '2016-05-01', reason: 'Panel' });
    expect(appointed).toMatchObject({ status: 200, body: { holder: { staffId, from: '2016-05-01' }, version: 1 } });
    const held = await get('/api/posts?borough=RBKC&kind=social-work&vacant=false');
    expect(held.items.map((p: { id: string }) => p.id)).toContain(postId);

    const vacated = await send(`/api/posts/${postId}/vacancy`, { on: '2017-01-01' });
    expect(vacated).toMatchObject({
      status: 200,
      body: { holder: null, holders: [{ staffId, from: '2016-05-01', to: '2017-01-01' }] },
    });
    expect((await get('/api/posts?vacant=true')).items.map((p: { id: string }) => p.id)).toContain(postId);

    const ended = await send(`/api/posts/${postId}/disestablishment`, { on: '2017-04-01' });
    expect(ended).toMatchObject({ status: 200, body: { status: 'disestablished', endedOn: '2017-04-01', version: 3 } });
    expect((await get('/api/posts?vacant=true')).items.map((p: { id: string }) => p.id)).not.toContain(postId);
    expect((await get('/api/posts?status=disestablished')).items.map((p: { id: string }) => p.id)).toEqual([postId]);
  });

  it('refuses an appointment past the person FTE with a coded error', async () => {
    const partTimer = await hire({ name: 'Cal Part', fte: 0.6 });
    const fullPost = await establish();
    expect(await send(`/api/posts/${fullPost}/appointments`, { staffId: partTimer, from: '2016-04-01' })).toMatchObject(
      {
        status: 422,
        body: { code: 'POSTS.FTE_TOO_LOW', details: { fteHundredths: 60, postWteHundredths: 100 } },
      },
    );
    const half = await establish({ wte: 0.5 });
    const alsoHalf = await establish({ wte: 0.2 });
    expect((await send(`/api/posts/${half}/appointments`, { staffId: partTimer, from: '2016-04-01' })).status).toBe(
      200,
    );
    expect(await send(`/api/posts/${alsoHalf}/appointments`, { staffId: partTimer, from: '2016-04-01' })).toMatchObject(
      {
        status: 422,
        body: {
          code: 'POSTS.FTE_EXCEEDED',
          details: { fteHundredths: 60, heldWteHundredths: 50, postWteHundredths: 20 },
        },
      },
    );
    expect((await get(`/api/posts/${alsoHalf}`)).holder).toBeNull();
  });

  describe('integration of a clinician post', () => {
    let clinicianPost: string;
    beforeAll(async () => {
      clinicianPost = await establish({
        title: 'Family therapist',
        kind: 'clinician',
        fundedBy: 'dfe',
        annualCostPence: 6_000_000,
      });
    });

    it('is refused into a post held by someone not dual qualified', async () => {
      const socialWorkPost = await establish();
      const notDual = await hire({ name: 'Dan Single', registration: { ...registration, number: 'SW100002' } });
      await send(`/api/posts/${socialWorkPost}/appointments`, { staffId: notDual, from: '2016-04-01' });
      const res = await send(`/api/posts/${clinicianPost}/integration`, {
        intoPostId: socialWorkPost,
        on: '2018-04-01',
      });
      expect(res).toMatchObject({
        status: 422,
        body: { code: 'POSTS.HOLDER_NOT_DUAL_QUALIFIED', details: { staffId: notDual } },
      });
      expect((await get(`/api/posts/${clinicianPost}`)).status).toBe('established');
    });

    it('ends the clinician post and records its WTE on a post held by a dual-qualified person', async () => {
      const socialWorkPost = await establish();
      const dual = await dualQualified();
      await send(`/api/posts/${socialWorkPost}/appointments`, { staffId: dual, from: '2016-04-01' });
      const res = await send(`/api/posts/${clinicianPost}/integration`, {
        intoPostId: socialWorkPost,
        on: '2018-04-01',
        reason: 'Year 3 integration',
      });
      expect(res).toMatchObject({
        status: 200,
        body: { id: clinicianPost, status: 'integrated', endedOn: '2018-04-01', integratedInto: socialWorkPost },
      });
      expect(await get(`/api/posts/${socialWorkPost}`)).toMatchObject({
        integratedWte: 1,
        integratedWork: [{ fromPostId: clinicianPost, wte: 1, on: '2018-04-01', heldBy: dual }],
      });
      const [event] = await t.dataSource.query(
        `SELECT metadata->>'reason' AS reason FROM events WHERE stream_id = $1 AND type = 'PostIntegrated'`,
        [`post-${clinicianPost}`],
      );
      expect(event.reason).toBe('Year 3 integration');
    });
  });

  it("vacates a leaver's posts on their leaving date, and refuses an FTE cut below the posts held", async () => {
    const staffId = await hire({ name: 'Cai Posts' });
    const [half, quarter] = [await establish({ wte: 0.5 }), await establish({ wte: 0.25 })];
    for (const postId of [half, quarter])
      expect((await send(`/api/posts/${postId}/appointments`, { staffId, from: '2016-06-01' })).status).toBe(200);

    const early = await send(`/api/staff/${staffId}/departure`, { leftOn: '2016-05-31', reason: 'Moved away' }, hr);
    expect({ status: early.status, code: early.body.code }).toEqual({
      status: 422,
      code: 'POSTS.DATE_BEFORE_LAST_CHANGE',
    });
    expect((await get(`/api/staff/${staffId}`)).leftOn).toBeNull();

    const cut = await send(`/api/staff/${staffId}/changes`, { effectiveOn: '2017-01-01', fte: 0.6 }, hr);
    expect(cut).toMatchObject({
      status: 422,
      body: { code: 'STAFF.FTE_BELOW_POSTS_HELD', details: { fteHundredths: 60, heldWteHundredths: 75 } },
    });
    expect((await get(`/api/staff/${staffId}`)).fte).toBe(1);
    expect((await send(`/api/staff/${staffId}/changes`, { effectiveOn: '2017-01-01', fte: 0.8 }, hr)).status).toBe(200);

    const left = await send(`/api/staff/${staffId}/departure`, { leftOn: '2018-03-31', reason: 'Moved away' }, hr);
    expect(left.status).toBe(200);
    for (const postId of [half, quarter])
      expect(await get(`/api/posts/${postId}`)).toMatchObject({ status: 'established', holder: null });
    // The posts are free again: someone else can be appointed.
    const next = await hire({ name: 'Dee Next' });
    expect((await send(`/api/posts/${half}/appointments`, { staffId: next, from: '2018-04-01' })).status).toBe(200);
  });

  it('lets every role read and only clinical leads and admins write', async () => {
    const auditor = await t.tokenFor('auditor');
    expect((await t.http.get('/api/posts').set(auth(auditor))).status).toBe(200);
    const body = {
      title: 'X',
      kind: 'social-work',
      borough: 'WCC',
      wte: 1,
      fundedBy: 'council',
      annualCostPence: 1,
      establishedOn: '2016-04-01',
    };
    expect((await send('/api/posts', body, auditor)).body.code).toBe('AUTH.FORBIDDEN');
    expect((await send('/api/posts', body, hr)).status).toBe(403);
    expect((await send('/api/posts', body, await t.tokenFor('admin'))).status).toBe(201);
  });

  it('answers coded errors for a bad id, an unknown post and a bad body', async () => {
    expect((await t.http.get('/api/posts/nope').set(auth(lead))).body.code).toBe('POSTS.INVALID_ID');
    const unknown = await t.http.get('/api/posts/00000000-0000-4000-8000-000000000000').set(auth(lead));
    expect({ status: unknown.status, code: unknown.body.code }).toEqual({ status: 404, code: 'POSTS.NOT_FOUND' });
    const bad = await send('/api/posts', {
      title: 'X',
      kind: 'nurse',
      borough: 'WCC',
      wte: 1.5,
      fundedBy: 'nhs',
      annualCostPence: -1,
      establishedOn: '2016-02-30',
    });
    expect({ status: bad.status, code: bad.body.code }).toEqual({ status: 400, code: 'VALIDATION.FAILED' });
  });
});
