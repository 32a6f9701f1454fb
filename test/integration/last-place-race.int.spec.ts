import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { startTestApp, testDatabaseKinds, type TestApp } from '../support/test-app.js';

/**
 * Two HR users enrol two different people into the last place of a cohort at the same moment:
 * one is enrolled, the other waitlisted (or refused with a coded error), never both enrolled.
 * PostgreSQL only: embedded PGlite has a single session, so nothing there runs at the same moment.
 *
 * To make every round a real race rather than a hopeful one, a third session holds the cohort
 * stream's row lock until both requests have read the cohort and are waiting to append; then it
 * lets go, and both appends were decided on the same state.
 */
const postgres = testDatabaseKinds().find((k) => k.name === 'PostgreSQL');
if (!postgres) console.warn('last-place race skipped: it needs real PostgreSQL and TEST_DATABASE_URL is not set');
const describeOnPostgres = postgres ? describe : describe.skip;

const ROUNDS = 10;

describeOnPostgres('two HR users taking the last place at once (PostgreSQL)', () => {
  let t: TestApp;
  let lockHolder: Client;
  const hrTokens: string[] = [];

  const post = (token: string, path: string, body: object) =>
    t.http.post(path).set('Authorization', `Bearer ${token}`).send(body);

  const newHrUser = async (): Promise<string> => {
    const admin = await t.tokenFor('admin');
    const username = `hr-${randomBytes(4).toString('hex')}`;
    const password = `pw-${randomBytes(12).toString('hex')}`;
    await post(admin, '/api/users', { username, password, roles: ['hr'] }).expect(201);
    return (await t.http.post('/api/auth/login').send({ username, password }).expect(200)).body.accessToken;
  };

  const hire = async (name: string): Promise<string> =>
    (
      await post(hrTokens[0], '/api/staff', {
        name,
        borough: 'WCC',
        role: 'practitioner',
        fte: 1,
        startedOn: '2016-04-01',
      }).expect(201)
    ).body.id;

  /** Resolves once `count` sessions of this database wait on a row lock. */
  const waitersOnLock = async (count: number): Promise<void> => {
    for (let i = 0; i < 400; i++) {
      const [{ n }] = (
        await lockHolder.query(
          `SELECT count(*)::int AS n FROM pg_stat_activity
           WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()`,
        )
      ).rows;
      if (n >= count) return;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error(`fewer than ${count} appends ever waited on the cohort's lock`);
  };

  beforeAll(async () => {
    t = await startTestApp(postgres!);
    hrTokens.push(await newHrUser(), await newHrUser());
    lockHolder = new Client({ connectionString: (t.dataSource.options as { url: string }).url });
    await lockHolder.connect();
  });
  afterAll(async () => {
    await lockHolder?.end();
    await t?.close();
  });

  it(`gives the last place to exactly one of two simultaneous enrolments, ${ROUNDS} times out of ${ROUNDS}`, async () => {
    const outcomes: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const cohortId = (
        await post(hrTokens[0], '/api/cohorts', {
          level: 1,
          name: `Race ${round}`,
          provider: 'Tavistock',
          startsOn: '2016-09-01',
          endsOn: '2017-07-31',
          capacity: 2,
        }).expect(201)
      ).body.id;
      const [first, ana, bob] = [await hire('First'), await hire('Ana'), await hire('Bob')];
      await post(hrTokens[0], `/api/cohorts/${cohortId}/enrolments`, {
        staffId: first,
        enrolledOn: '2016-08-01',
      }).expect(201);

      await lockHolder.query('BEGIN');
      await lockHolder.query(`SELECT version FROM streams WHERE stream_id = $1 FOR UPDATE`, [`cohort-${cohortId}`]);
      const racing = Promise.all([
        post(hrTokens[0], `/api/cohorts/${cohortId}/enrolments`, { staffId: ana, enrolledOn: '2016-08-02' }),
        post(hrTokens[1], `/api/cohorts/${cohortId}/enrolments`, { staffId: bob, enrolledOn: '2016-08-02' }),
      ]);
      try {
        await waitersOnLock(2);
      } finally {
        await lockHolder.query('COMMIT');
      }
      const answers = await racing;

      const results = answers.map((a) => (a.status === 201 ? a.body.status : `${a.status} ${a.body.code}`));
      outcomes.push(results.join(' + '));
      expect(results.filter((r) => r === 'enrolled')).toHaveLength(1);
      // The loser is waitlisted after re-deciding on the winner's state, or refused with a code.
      expect(answers.every((a) => a.status === 201 || (a.status >= 400 && typeof a.body.code === 'string'))).toBe(true);

      const events: { type: string; staff_id: string }[] = await t.dataSource.query(
        `SELECT type, data->>'staffId' AS staff_id FROM events WHERE stream_id = $1 ORDER BY stream_version`,
        [`cohort-${cohortId}`],
      );
      const enrolled = events.filter((e) => e.type === 'PersonEnrolled').map((e) => e.staff_id);
      const waitlisted = events.filter((e) => e.type === 'PersonWaitlisted').map((e) => e.staff_id);
      expect(enrolled).toHaveLength(2);
      expect(enrolled[0]).toBe(first);
      expect([...enrolled.slice(1), ...waitlisted].sort()).toEqual(
        [ana, bob].filter((id, i) => results[i] === 'enrolled' || results[i] === 'waitlisted').sort(),
      );

      const view = (
        await t.http.get(`/api/cohorts/${cohortId}`).set('Authorization', `Bearer ${hrTokens[1]}`).expect(200)
      ).body;
      expect(view.placesLeft).toBe(0);
      expect(view.roster.filter((m: { status: string }) => m.status === 'enrolled')).toHaveLength(2);
      expect(view.waitingList).toHaveLength(waitlisted.length);
    }
    console.info(`last-place race, ${ROUNDS} rounds: ${outcomes.join('; ')}`);
  }, 120_000);
});
