import { startTestApp, testDatabaseKinds, type TestApp } from '../support/test-app.js';

/**
 * A staff file of 1,000 rows, 50 of them bad in different ways (some spanning two lines through a
 * quoted newline, so line numbers and row numbers part company): one dry run reports all 50, each
 * with its physical line, column and code; a real run refuses the file and writes nothing.
 */
const BAD: [string, (i: number) => string[], string, string][] = [
  ['fte', (i) => [`E${i}`, `P ${i}`, 'WCC', 'social-worker', '1.5', '2016-04-01'], 'fte', 'STAFF.INVALID_FTE'],
  [
    'borough',
    (i) => [`E${i}`, `P ${i}`, 'Camden', 'social-worker', '1', '2016-04-01'],
    'borough',
    'STAFF.INVALID_BOROUGH',
  ],
  [
    'date',
    (i) => [`E${i}`, `P ${i}`, 'WCC', 'social-worker', '1', '31/02/2016'],
    'started_on',
    'VALIDATION.INVALID_DATE',
  ],
  ['role', (i) => [`E${i}`, `P ${i}`, 'WCC', 'wizard', '1', '2016-04-01'], 'role', 'STAFF.INVALID_ROLE'],
  ['name', (i) => [`E${i}`, '', 'WCC', 'social-worker', '1', '2016-04-01'], 'name', 'VALIDATION.REQUIRED'],
  [
    'dup',
    () => ['E1', 'Someone Else', 'WCC', 'social-worker', '1', '2016-04-01'],
    'employee_number',
    'STAFF.ALREADY_HIRED',
  ],
  [
    'registration',
    (i) => [`E${i}`, `P ${i}`, 'WCC', 'social-worker', '1', '2016-04-01', 'X99', '2015-01-01'],
    'registration_number',
    'STAFF.INVALID_REGISTRATION',
  ],
  [
    'registered_on',
    (i) => [`E${i}`, `P ${i}`, 'WCC', 'social-worker', '1', '2016-04-01', 'SW1'],
    'registered_on',
    'VALIDATION.REQUIRED',
  ],
];

const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

function file(): { csv: string; expected: { line: number; column: string; code: string }[] } {
  const lines = ['employee_number,name,borough,role,fte,started_on,registration_number,registered_on'];
  const expected: { line: number; column: string; code: string }[] = [];
  let physical = 2;
  for (let i = 1; i <= 1000; i++) {
    const bad = i % 20 === 0 ? BAD[(i / 20) % BAD.length] : null;
    // Every seventh name has a quoted newline: the record takes two lines.
    const cells = bad
      ? bad[1](i)
      : [`E${i}`, i % 7 === 0 ? `P ${i}\nof Westminster` : `P ${i}`, 'RBKC', 'practitioner', '0.6', '2016-04-01'];
    if (bad) expected.push({ line: physical, column: bad[2], code: bad[3] });
    lines.push(cells.map(quote).join(','));
    physical += 1 + (cells.join('').match(/\n/g)?.length ?? 0);
  }
  return { csv: lines.join('\r\n') + '\r\n', expected };
}

for (const kind of testDatabaseKinds()) {
  describe(`imports: 50 bad rows among 1,000 (e2e, ${kind.name})`, () => {
    let t: TestApp;
    let hr: string;
    beforeAll(async () => {
      t = await startTestApp(kind);
      hr = await t.tokenFor('hr');
    });
    afterAll(() => t?.close());

    it('reports all 50 in one pass with their lines, and writes nothing', async () => {
      const { csv, expected } = file();
      expect(expected).toHaveLength(50);
      const send = (query: string) =>
        t.http
          .post(`/api/imports/staff${query}`)
          .set('Authorization', `Bearer ${hr}`)
          .set('Content-Type', 'text/csv')
          .send(csv);
      const dry = await send('?dryRun=true');
      expect(dry.status).toBe(200);
      expect(dry.body).toMatchObject({ status: 'rejected', rows: 1000, toImport: 950 });
      expect(
        dry.body.problems.map((p: { line: number; column: string; code: string }) => ({
          line: p.line,
          column: p.column,
          code: p.code,
        })),
      ).toEqual(expected);
      const real = await send('');
      expect(real.status).toBe(422);
      expect(real.body.details.problems).toHaveLength(50);
      const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM events WHERE type = 'StaffHired'`);
      expect(n).toBe(0);
    });
  });
}
