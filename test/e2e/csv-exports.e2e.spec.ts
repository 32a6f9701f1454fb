import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { staffIdFor } from '../../src/imports/domain/external-ids.js';
import { startTestApp, testDatabaseKinds, type TestApp } from '../support/test-app.js';

const example = (kind: string) => readFileSync(`docs/imports/${kind}.example.csv`);

/** Parses an export back with the library that reads imports, and checks the bytes Excel cares about. */
const table = (text: string): Record<string, string>[] => {
  expect(text.startsWith('\ufeff')).toBe(true);
  expect(
    text
      .replace(/"[^"]*"/g, '')
      .split('\n')
      .slice(0, -1)
      .every((l) => l.endsWith('\r')),
  ).toBe(true);
  return parse(text, { bom: true, columns: true }) as Record<string, string>[];
};

const headerOf = (text: string) => (parse(text, { bom: true, to_line: 1 }) as string[][])[0];

/** Every list and dashboard endpoint answers text/csv by ?format=csv or Accept, with stable headers. */
for (const kind of testDatabaseKinds()) {
  describe(`CSV exports (e2e, ${kind.name})`, () => {
    let t: TestApp;
    let token: string;
    const get = (path: string, accept = 'application/json') =>
      t.http
        .get(path)
        .set('Authorization', `Bearer ${token}`)
        .set('Accept', accept)
        .buffer(true)
        .parse((res, done) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (c: string) => (text += c));
          res.on('end', () => done(null, text));
        });
    const json = async (path: string) => JSON.parse((await get(path)).body as string);

    beforeAll(async () => {
      t = await startTestApp(kind);
      token = await t.tokenFor('admin');
      for (const k of ['staff', 'qualifications', 'enrolments', 'posts'])
        await t.http
          .post(`/api/imports/${k}`)
          .set('Authorization', `Bearer ${token}`)
          .set('Content-Type', 'text/csv')
          .send(example(k))
          .expect(200);
      // A name that a spreadsheet would run as a formula.
      await t.http
        .post('/api/staff')
        .set('Authorization', `Bearer ${token}`)
        .send({
          name: '=HYPERLINK("http://evil.example","x")',
          borough: 'WCC',
          role: 'practitioner',
          fte: 1,
          startedOn: '2016-04-01',
        })
        .expect(201);
    });
    afterAll(() => t?.close());

    it('GET /api/staff as CSV: the JSON page, cell for cell, formulas defused, paging in headers', async () => {
      const res = await get('/api/staff?format=csv&pageSize=500');
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.headers['content-disposition']).toBe('attachment; filename="staff.csv"');
      expect(res.headers['x-total-count']).toBe('6');
      const rows = table(res.body as string);
      const page = await json('/api/staff?pageSize=500');
      expect(
        rows.map((r) => [r.staff_id, r.name, Number(r.fte), r.dual_qualified === 'true', Number(r.systemic_level)]),
      ).toEqual(
        page.items.map(
          (s: { id: string; name: string; fte: number; dualQualified: boolean; systemicLevel: number }) => [
            s.id,
            s.name.startsWith('=') ? `'${s.name}` : s.name,
            s.fte,
            s.dualQualified,
            s.systemicLevel,
          ],
        ),
      );
      expect(rows.find((r) => r.staff_id === staffIdFor('E1002'))!.name).toBe('Okafor, Chidi');
    });

    it('Accept: text/csv works as ?format=csv does, and JSON stays the default', async () => {
      const byAccept = await get('/api/posts', 'text/csv');
      expect(byAccept.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(byAccept.body).toBe((await get('/api/posts?format=csv')).body);
      expect((await get('/api/posts', '*/*')).headers['content-type']).toMatch(/^application\/json/);
      expect((await get('/api/posts?format=xml')).status).toBe(400);
    });

    it('the other endpoints: headers as documented, figures as in the JSON', async () => {
      const posts = table((await get('/api/posts?format=csv')).body as string);
      expect(posts.map((p) => [p.title, Number(p.annual_cost_pence)]).sort()).toEqual([
        ['Family therapist', 6_000_000],
        ['Head of Clinical Practice', 8_200_000],
        ['Social worker, assessment team', 4_200_000],
      ]);

      const cohorts = await json('/api/cohorts');
      const cohortRows = table((await get('/api/cohorts?format=csv')).body as string);
      expect(cohortRows.map((c) => [c.cohort_id, Number(c.enrolled), Number(c.places_left)])).toEqual(
        cohorts.items.map((c: { id: string; enrolled: number; placesLeft: number }) => [
          c.id,
          c.enrolled,
          c.placesLeft,
        ]),
      );
      const first = cohorts.items[0].id;
      const roster = table((await get(`/api/cohorts/${first}?format=csv`)).body as string);
      const details = await json(`/api/cohorts/${first}`);
      expect(roster.map((r) => r.staff_id)).toEqual(details.roster.map((m: { staffId: string }) => m.staffId));

      const pipelineText = (await get('/api/reports/pipeline?on=2017-10-01&format=csv')).body as string;
      expect(headerOf(pipelineText).slice(0, 8)).toEqual([
        'on',
        'programme_year',
        'programme_year_starts_on',
        'programme_year_ends_on',
        'borough',
        'level_1_in_training',
        'level_1_completed_ever',
        'level_1_completed_this_programme_year',
      ]);
      const pipeline = await json('/api/reports/pipeline?on=2017-10-01');
      const pipelineRows = table(pipelineText);
      expect(pipelineRows.map((r) => r.borough)).toEqual(['LBHF', 'RBKC', 'WCC', 'total']);
      expect(pipelineRows.map((r) => Number(r.level_1_completed_ever))).toEqual([
        ...pipeline.boroughs.map((b: { levels: { completedEver: number }[] }) => b.levels[0].completedEver),
        pipeline.total.levels[0].completedEver,
      ]);

      const tapering = table((await get('/api/dashboard/tapering?borough=WCC&format=csv')).body as string);
      const dashboard = await json('/api/dashboard/tapering?borough=WCC');
      expect(tapering.map((r) => [r.scope, Number(r.year), r.planned_separate_clinical_wte_hundredths])).toEqual(
        dashboard.years.map((y: { year: number; planned: { separateClinicalWteHundredths: number } | null }) => [
          'WCC',
          y.year,
          y.planned ? String(y.planned.separateClinicalWteHundredths) : '',
        ]),
      );

      const funding = table((await get('/api/plan/funding?format=csv')).body as string);
      const stated = funding.filter((r) => r.row_type === 'stated-total');
      expect(stated.length).toBeGreaterThan(0);
      expect(stated.every((r) => Number(r.stated_pence) - Number(r.amount_pence) === Number(r.difference_pence))).toBe(
        true,
      );

      const events = await get('/api/audit/events?limit=5&format=csv');
      expect(events.headers['x-next-cursor']).toMatch(/^\d+\.\d+$/);
      const eventRows = table(events.body as string);
      expect(eventRows).toHaveLength(5);
      expect(JSON.parse(eventRows[0].metadata).actor).toBe(eventRows[0].actor);
    });

    it('LibreOffice converts an export to a spreadsheet and back with the same cells', async () => {
      const office = ['libreoffice', 'soffice'].find((b) => spawnSync(b, ['--version']).status === 0);
      if (!office) {
        console.log('skipped: LibreOffice is not installed here (the exports were checked by parsing them back)');
        return;
      }
      {
        const csv = (await get('/api/staff?format=csv')).body as string;
        const dir = mkdtempSync(join(tmpdir(), 'cadre-office-'));
        try {
          writeFileSync(join(dir, 'staff.csv'), csv);
          const filter = '--infilter=CSV:44,34,76,1';
          execFileSync(office, ['--headless', filter, '--convert-to', 'ods', '--outdir', dir, join(dir, 'staff.csv')]);
          execFileSync(office, [
            '--headless',
            '--convert-to',
            'csv:Text - txt - csv (StarCalc):44,34,76,1',
            '--outdir',
            join(dir, 'back'),
            join(dir, 'staff.ods'),
          ]);
          const back = parse(readFileSync(join(dir, 'back', 'staff.csv')), { bom: true, columns: true }) as Record<
            string,
            string
          >[];
          expect(back.map((r) => r.name)).toEqual(table(csv).map((r) => r.name.replace(/^'(?==)/, '')));
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }
    }, 120_000);
  });
}
