import type { TestApp } from '../support/test-app.js';

/**
 * The Triborough programme played out over four years through the HTTP API, deterministic: every
 * date is fixed here and "today" is SCENARIO_TODAY on a fixed clock. The expected dashboard is
 * written out by hand in four-year-scenario.expected.ts; the story, borough by borough:
 *
 * - The separate clinical team, 24 WTE, from 1 April 2016: LBHF 8 clinicians and a Head of
 *   Clinical Practice (9 WTE), RBKC 8 clinicians, WCC 6 clinicians and a Head (7 WTE). Clinicians
 *   cost £60,000, Heads £82,000; DfE funds 17 clinicians and both Heads, the councils the other 5
 *   clinicians (LBHF L7-L8, RBKC R7-R8, WCC W6). WCC's W6 starts on 1 October 2016.
 * - 16 social workers already dual qualified (registered, and a family-therapy qualification from
 *   2015): LBHF 6 (one at 0.8 FTE in a 0.8 WTE post), RBKC 6, WCC 4; each holds a social work post.
 * - Cohort A, 9 social workers (3 a borough), each holding a social work post: MSc year 1
 *   (level 3) 2016/17, one RBKC student withdraws; year 2 (level 4) 2017/18, one WCC student
 *   fails; 7 become dual qualified on 31 July 2018 (LBHF 3, RBKC 2, WCC 2). Those who did not
 *   finish hold no post.
 * - Year 3: 12 WTE of clinician posts integrated (6 on 1 April 2018, 6 on 1 October 2018).
 * - Year 4: the Heads' posts are vacated and disestablished on 1 April 2019; the remaining 10
 *   clinician posts are integrated (4 on 1 April, 6 on 1 July 2019).
 * - Cohort B, 6 social workers without posts: level 3 2018/19 (one defers in February 2019, five
 *   complete), level 4 from September 2019 to 31 March 2020, in progress today. One of them moves
 *   from WCC to LBHF on 1 June 2019.
 * - Cohort N, 3 social workers: level 3 from September 2019, too late to finish the MSc in Year 4.
 */
export const SCENARIO_TODAY = '2019-10-01';
export const SCENARIO_NOW = new Date('2019-10-01T12:00:00Z');

type Borough = 'LBHF' | 'RBKC' | 'WCC';

interface Client {
  as(role: 'hr' | 'clinical-lead'): { post(path: string, body: object): Promise<{ id?: string }> };
}

const clientFor = async (t: TestApp): Promise<Client> => {
  const tokens = { hr: await t.tokenFor('hr'), 'clinical-lead': await t.tokenFor('clinical-lead') };
  return {
    as: (role) => ({
      post: async (path, body) => {
        const res = await t.http.post(path).set('Authorization', `Bearer ${tokens[role]}`).send(body);
        if (res.status >= 300)
          throw new Error(`POST ${path} ${JSON.stringify(body)}: ${res.status} ${JSON.stringify(res.body)}`);
        return res.body;
      },
    }),
  };
};

let registrations = 200_000;

/**
 * Steps on different streams run together: the outcome does not depend on their order, and the
 * waits for the read models overlap. Steps on one cohort run one after another, as a cohort is
 * one stream and concurrent enrolments would only conflict and retry.
 */
const together = <T, R>(items: readonly T[], step: (item: T) => Promise<R>): Promise<R[]> =>
  Promise.all(items.map(step));

/** Plays the whole scenario; the app's clock must read SCENARIO_NOW. */
export async function runFourYearScenario(t: TestApp): Promise<void> {
  const client = await clientFor(t);
  const hr = client.as('hr');
  const lead = client.as('clinical-lead');
  registrations = 200_000;

  const hire = async (name: string, borough: Borough, fields: object = {}): Promise<string> =>
    (await hr.post('/api/staff', { name, borough, role: 'social-worker', fte: 1, startedOn: '2016-04-01', ...fields }))
      .id!;
  const socialWorker = (name: string, borough: Borough, registeredOn: string, fte = 1) =>
    hire(name, borough, { fte, registration: { number: `SW${registrations++}`, registeredOn } });
  const qualify = (staffId: string, body: object) => hr.post(`/api/staff/${staffId}/qualifications`, body);
  const establish = async (title: string, kind: string, borough: Borough, fields: object = {}): Promise<string> =>
    (
      await lead.post('/api/posts', {
        title,
        kind,
        borough,
        wte: 1,
        fundedBy: 'council',
        annualCostPence: 4_000_000,
        establishedOn: '2016-04-01',
        ...fields,
      })
    ).id!;
  const appoint = (postId: string, staffId: string, from: string) =>
    lead.post(`/api/posts/${postId}/appointments`, { staffId, from, reason: 'Appointed by panel' });
  const integrate = (postId: string, intoPostId: string, on: string) =>
    lead.post(`/api/posts/${postId}/integration`, { intoPostId, on, reason: 'Tapering plan' });
  const schedule = async (level: number, name: string, startsOn: string, endsOn: string): Promise<string> =>
    (await hr.post('/api/cohorts', { level, name, provider: 'Tavistock and Portman', startsOn, endsOn, capacity: 12 }))
      .id!;
  const enrol = (cohortId: string, staffId: string, enrolledOn: string) =>
    hr.post(`/api/cohorts/${cohortId}/enrolments`, { staffId, enrolledOn });
  const outcome = (cohortId: string, staffId: string, result: string, on: string) =>
    hr.post(`/api/cohorts/${cohortId}/enrolments/${staffId}/outcome`, { outcome: result, on });

  // The separate clinical team.
  const clinician = (name: string, borough: Borough, fundedBy: string, establishedOn = '2016-04-01') =>
    establish(name, 'clinician', borough, { fundedBy, annualCostPence: 6_000_000, establishedOn });
  const head = (borough: Borough) =>
    establish(`Head of Clinical Practice ${borough}`, 'head-of-clinical-practice', borough, {
      fundedBy: 'dfe',
      annualCostPence: 8_200_000,
    });
  const team: Record<string, string> = {};
  const heads: Record<string, string> = {};
  const clinicianPosts = (['L', 'R', 'W'] as const).flatMap((prefix) => {
    const [borough, dfe, council] = ({ L: ['LBHF', 6, 2], R: ['RBKC', 6, 2], W: ['WCC', 5, 1] } as const)[prefix];
    return Array.from({ length: dfe + council }, (_, i) => ({
      name: `${prefix}${i + 1}`,
      borough,
      fundedBy: i < dfe ? 'dfe' : 'council',
    }));
  });
  await together(clinicianPosts, async ({ name, borough, fundedBy }) => {
    team[name] = await clinician(
      `Family therapist ${name}`,
      borough,
      fundedBy,
      name === 'W6' ? '2016-10-01' : undefined,
    );
  });
  await together(['LBHF', 'WCC'] as const, async (borough) => {
    const post = await head(borough);
    const person = await hire(`Head ${borough}`, borough, { role: 'head-of-clinical-practice' });
    await appoint(post, person, '2016-04-01');
    heads[borough] = post;
  });

  // Social workers holding social work posts: the dual qualified, and cohort A.
  const swPost: Record<string, string> = {};
  const holdPost = async (name: string, borough: Borough, staffId: string, wte = 1) => {
    swPost[name] = await establish(`Social worker ${name}`, 'social-work', borough, { wte });
    await appoint(swPost[name], staffId, '2016-04-01');
  };
  const dualPeople = (
    [
      ['P-L', 'LBHF', 6],
      ['P-R', 'RBKC', 6],
      ['P-W', 'WCC', 4],
    ] as const
  ).flatMap(([prefix, borough, count]) =>
    Array.from({ length: count }, (_, i) => ({ name: `${prefix}${i + 1}`, borough })),
  );
  await together(dualPeople, async ({ name, borough }) => {
    const fte = name === 'P-L6' ? 0.8 : 1;
    const id = await socialWorker(`Dual ${name}`, borough, '2010-09-01', fte);
    await qualify(id, { kind: 'family-therapy', evidenceRef: `AFT/${name}`, achievedOn: '2015-07-01' });
    await holdPost(name, borough, id, fte);
  });
  const trainee = async (name: string, borough: Borough, fte = 1): Promise<string> => {
    const id = await socialWorker(`Trainee ${name}`, borough, '2012-09-01', fte);
    await qualify(id, { kind: 'systemic-level', level: 2, evidenceRef: `Prior/${name}`, achievedOn: '2016-03-31' });
    return id;
  };
  const cohortA: Record<string, string> = {};
  const boroughOf = (name: string): Borough =>
    (({ L: 'LBHF', R: 'RBKC', W: 'WCC' }) as const)[name[2] as 'L' | 'R' | 'W'];
  const namesA = ['A-L1', 'A-L2', 'A-L3', 'A-R1', 'A-R2', 'A-R3', 'A-W1', 'A-W2', 'A-W3'];
  await together(namesA, async (name) => {
    const id = await trainee(name, boroughOf(name));
    if (name !== 'A-R3' && name !== 'A-W3') await holdPost(name, boroughOf(name), id);
    cohortA[name] = id;
  });

  // Cohort A: the MSc in 2016/17 and 2017/18.
  const a3 = await schedule(3, 'MSc year 1, 2016/17', '2016-09-01', '2017-07-31');
  for (const name of namesA) await enrol(a3, cohortA[name], '2016-09-01');
  await outcome(a3, cohortA['A-R3'], 'withdrawn', '2017-01-31');
  const a4 = await schedule(4, 'MSc year 2, 2017/18', '2017-09-01', '2018-07-31');
  const stayed = namesA.filter((name) => name !== 'A-R3');
  for (const name of stayed) await outcome(a3, cohortA[name], 'completed', '2017-07-31');
  for (const name of stayed) await enrol(a4, cohortA[name], '2017-09-01');
  for (const name of stayed) await outcome(a4, cohortA[name], name === 'A-W3' ? 'failed' : 'completed', '2018-07-31');

  // Cohort B and N people, no posts.
  const cohortB: Record<string, string> = {};
  const namesB = ['B-L1', 'B-L2', 'B-R1', 'B-R2', 'B-W1', 'B-W2'];
  const namesN = ['N-L1', 'N-R1', 'N-W1'];
  const cohortN: Record<string, string> = {};
  await together([...namesB, ...namesN], async (name) => {
    const id = await trainee(name, boroughOf(name), name === 'B-W2' ? 0.6 : 1);
    (name.startsWith('B') ? cohortB : cohortN)[name] = id;
  });

  // Year 3: 12 WTE integrated.
  /** `pairs`: clinician post, then the holder of the social work post taking it, e.g. `L1>P-L1 L2>P-L2`. */
  const integrateAll = (on: string, pairs: string) =>
    together(pairs.split(' '), (pair) => {
      const [clinicianPost, holder] = pair.split('>');
      return integrate(team[clinicianPost], swPost[holder], on);
    });
  await integrateAll('2018-04-01', 'L1>P-L1 L2>P-L2 R1>P-R1 R2>P-R2 W1>P-W1 W2>P-W2');
  const b3 = await schedule(3, 'MSc year 1, 2018/19', '2018-09-01', '2019-07-31');
  for (const name of namesB) await enrol(b3, cohortB[name], '2018-09-01');
  await integrateAll('2018-10-01', 'L3>P-L3 L4>P-L4 R3>P-R3 R4>P-R4 R5>P-R5 W3>P-W3');
  await outcome(b3, cohortB['B-R2'], 'deferred', '2019-02-01');

  // Year 4: the Heads' posts close, the remaining 10 WTE are integrated.
  await together(['LBHF', 'WCC'], async (borough) => {
    await lead.post(`/api/posts/${heads[borough]}/vacancy`, { on: '2019-04-01', reason: 'Clinical team closing' });
    await lead.post(`/api/posts/${heads[borough]}/disestablishment`, {
      on: '2019-04-01',
      reason: 'Clinical team closing',
    });
  });
  await integrateAll('2019-04-01', 'L5>P-L5 L6>A-L1 R6>P-R6 W4>P-W4');
  await hr.post(`/api/staff/${cohortB['B-W1']}/changes`, {
    effectiveOn: '2019-06-01',
    borough: 'LBHF',
    reason: 'Transfer',
  });
  await integrateAll('2019-07-01', 'L7>A-L2 L8>A-L3 R7>A-R1 R8>A-R2 W5>A-W1 W6>A-W2');
  const b4 = await schedule(4, 'MSc year 2, 2019/20', '2019-09-01', '2020-03-31');
  const finishing = namesB.filter((name) => name !== 'B-R2');
  for (const name of finishing) await outcome(b3, cohortB[name], 'completed', '2019-07-31');
  for (const name of finishing) await enrol(b4, cohortB[name], '2019-09-01');
  const n3 = await schedule(3, 'MSc year 1, 2019/20', '2019-09-01', '2020-07-31');
  for (const name of namesN) await enrol(n3, cohortN[name], '2019-09-01');
}
