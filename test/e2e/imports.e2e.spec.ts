import { readFileSync } from 'node:fs';
import { staffIdFor } from '../../src/imports/domain/external-ids.js';
import { startTestApp, testDatabaseKinds, type TestApp } from '../support/test-app.js';

const example = (kind: string) => readFileSync(`docs/imports/${kind}.example.csv`);

/** The example files of docs/imports through POST /api/imports/{kind}: roles, dry run, real run, again. */
for (const kind of testDatabaseKinds()) {
  describe(`imports (e2e, ${kind.name})`, () => {
    let t: TestApp;
    let hr: string;
    let lead: string;
    const send = (path: string, token: string, body: Buffer | string, type = 'text/csv') =>
      t.http.post(path).set('Authorization', `Bearer ${token}`).set('Content-Type', type).send(body);

    beforeAll(async () => {
      t = await startTestApp(kind);
      hr = await t.tokenFor('hr');
      lead = await t.tokenFor('clinical-lead');
    });
    afterAll(() => t?.close());

    it('refuses a clinical lead staff files and hr posts files', async () => {
      expect((await send('/api/imports/staff', lead, example('staff'))).body.code).toBe('AUTH.FORBIDDEN');
      expect((await send('/api/imports/posts', hr, example('posts'))).body.code).toBe('AUTH.FORBIDDEN');
    });

    it('refuses a body that is not CSV with a coded 400', async () => {
      const res = await send('/api/imports/staff', hr, '{"a":1}', 'application/json');
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('IMPORT.NOT_CSV');
    });

    it('a dry run reports what would happen and writes nothing', async () => {
      const res = await send('/api/imports/staff?dryRun=true&file=staff.example.csv', hr, example('staff'));
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        status: 'checked',
        dryRun: true,
        rows: 5,
        toImport: 5,
        problems: [],
        outcomes: { hired: 5, left: 1 },
        events: 7,
      });
      const list = await t.http.get('/api/staff').set('Authorization', `Bearer ${hr}`);
      expect(list.body.total).toBe(0);
    });

    it('imports the four example files in order, each event naming the user and the file line', async () => {
      for (const [kindName, token, outcomes] of [
        ['staff', hr, { hired: 5, left: 1 }],
        [
          'qualifications',
          hr,
          {
            'qualification social-work-registration': 1,
            'qualification family-therapy': 1,
            'qualification systemic-level': 1,
          },
        ],
        ['enrolments', hr, { 'cohort scheduled': 4, enrolled: 5, completed: 3, withdrawn: 1 }],
        ['posts', lead, { 'post established': 3, 'holder appointed': 2 }],
      ] as const) {
        const res = await send(`/api/imports/${kindName}?file=${kindName}.example.csv`, token, example(kindName));
        expect({ kind: kindName, status: res.status, problems: res.body.problems ?? res.body }).toEqual({
          kind: kindName,
          status: 200,
          problems: [],
        });
        expect(res.body).toMatchObject({ status: 'imported', outcomes, readModelsCaughtUp: true });
      }
      const ana = staffIdFor('E1001');
      const person = await t.http.get(`/api/staff/${ana}`).set('Authorization', `Bearer ${hr}`);
      expect(person.body).toMatchObject({ name: 'Ana Silva', borough: 'RBKC', systemicLevel: 2 });
      const chidi = await t.http.get(`/api/staff/${staffIdFor('E1002')}`).set('Authorization', `Bearer ${hr}`);
      expect(chidi.body.name).toBe('Okafor, Chidi');
      const events: { metadata: Record<string, unknown> }[] = await t.dataSource.query(
        `SELECT metadata FROM events WHERE stream_id = $1 ORDER BY stream_version`,
        [`staff-${ana}`],
      );
      expect(events[0].metadata).toMatchObject({
        actor: expect.stringMatching(/^user-hr-/),
        import: { kind: 'staff', file: 'staff.example.csv', line: 2, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
      });
      // Ana's level 2 enrolment is line 5 of the enrolments file.
      expect(events.map((e) => (e.metadata.import as { line: number; kind: string }) ?? null).pop()).toMatchObject({
        kind: 'enrolments',
        line: 5,
      });
    });

    it('importing the same files again changes nothing and says every row is in already', async () => {
      const [before] = await t.dataSource.query(`SELECT count(*)::int AS n FROM events`);
      for (const [kindName, token, rows] of [
        ['staff', hr, 5],
        ['enrolments', hr, 5],
        ['posts', lead, 3],
      ] as const) {
        const res = await send(`/api/imports/${kindName}?file=again.csv`, token, example(kindName));
        expect(res.status).toBe(200);
        expect(res.body).toMatchObject({
          status: 'nothing-to-import',
          rows,
          alreadyImported: rows,
          toImport: 0,
          events: 0,
        });
      }
      const [after] = await t.dataSource.query(`SELECT count(*)::int AS n FROM events`);
      expect(after.n).toBe(before.n);
    });

    it('a file with a bad row is refused whole with 422 and every problem by line and column', async () => {
      const csv =
        'employee_number,name,borough,role,fte,started_on\r\n' +
        'E2001,Good Person,WCC,social-worker,1,2016-04-01\r\n' +
        'E2002,Bad Borough,XYZ,social-worker,1,2016-04-01\r\n' +
        'E2003,"Bad, date",WCC,social-worker,1,31/02/2016\r\n';
      const res = await send('/api/imports/staff', hr, csv);
      expect(res.status).toBe(422);
      expect(res.body.code).toBe('IMPORT.REJECTED');
      expect(res.body.details.problems).toEqual([
        { line: 3, column: 'borough', code: 'STAFF.INVALID_BOROUGH', message: expect.any(String) },
        { line: 4, column: 'started_on', code: 'VALIDATION.INVALID_DATE', message: expect.any(String) },
      ]);
      const good = await t.http.get(`/api/staff/${staffIdFor('E2001')}`).set('Authorization', `Bearer ${hr}`);
      expect(good.status).toBe(404);
    });
  });
}
