import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildOnce, runCli, signedIn, startServer } from '../support/server-process.js';
import { embeddedTarget, postgresTarget, type ProcessTarget } from '../support/cli-targets.js';
import { historyFiles } from './history-files.js';
import { pipelineFromFiles } from './pipeline-from-files.js';

/**
 * Issue 9's "done when": a staff file and an enrolment history imported with `cadre import`
 * (progress bars and a summary), then GET /api/reports/pipeline equals the figures worked out from
 * the files by a separate calculation. `npm test` runs 1/50 of the size (200 staff, 600
 * enrolments); `npm run test:import-scale` runs the full 10,000 and 30,000 (IMPORT_SCALE=full).
 */
const SCALE = process.env.IMPORT_SCALE === 'full' ? 1 : Number(process.env.IMPORT_SCALE ?? 0.02);
const STAFF = Math.round(10_000 * SCALE);
const ENROLMENTS = Math.round(30_000 * SCALE);
const ON = '2015-06-01';
const ADMIN_PASSWORD = 'import-scale-admin-password';

const kinds: [string, () => Promise<ProcessTarget>][] = [];
if (process.env.IMPORT_SCALE_PGLITE !== 'off') kinds.push(['PGlite', () => embeddedTarget('cadre-import')]);
if (process.env.TEST_DATABASE_URL && process.env.IMPORT_SCALE_PG !== 'off')
  kinds.push(['PostgreSQL', () => postgresTarget(process.env.TEST_DATABASE_URL!)]);

beforeAll(() => buildOnce(), 300_000);

describe.each(kinds)('import at scale on %s', (name, make) => {
  let target: ProcessTarget;
  let dir: string;
  const files = historyFiles(STAFF, ENROLMENTS);

  beforeAll(async () => {
    target = await make();
    dir = await mkdtemp(join(tmpdir(), 'cadre-import-files-'));
    await writeFile(join(dir, 'staff.csv'), files.staffCsv);
    await writeFile(join(dir, 'enrolments.csv'), files.enrolmentsCsv);
  }, 60_000);
  afterAll(async () => {
    await target?.cleanup();
    await rm(dir, { recursive: true, force: true });
  });

  it(
    `imports ${STAFF} staff and ${ENROLMENTS} enrolments with progress and a summary; the pipeline report equals the files`,
    async () => {
      const env = { ...target.env, CADRE_ADMIN_PASSWORD: ADMIN_PASSWORD };
      expect(files.enrolmentRows).toBe(ENROLMENTS);
      for (const [kind, rows] of [
        ['staff', STAFF],
        ['enrolments', ENROLMENTS],
      ] as const) {
        const started = Date.now();
        const result = await runCli(['import', kind, join(dir, `${kind}.csv`), '--progress'], env, 3_600_000);
        const seconds = (Date.now() - started) / 1000;
        expect({
          code: result.code,
          stderr: result.code === 0 ? '' : result.stderr,
          stdout: result.code === 0 ? '' : result.stdout,
        }).toEqual({ code: 0, stderr: '', stdout: '' });
        expect(result.stdout).toContain(
          `${kind}.csv: imported ${rows.toLocaleString('en-GB')} of ${rows.toLocaleString('en-GB')} rows`,
        );
        expect(result.stderr).toMatch(/checking rows +\[[█░]+\] 100% \|/);
        expect(result.stderr).toMatch(/read models +\[[█░]+\] 100% \|/);
        console.log(
          `${name}: ${kind} ${rows} rows in ${seconds.toFixed(1)} s (${Math.round(rows / seconds)} rows/s, process start included)\n${result.stdout}`,
        );
      }
      const server = await startServer(env);
      try {
        const get = await signedIn(server.baseUrl, 'admin', ADMIN_PASSWORD);
        const report = await get<{ boroughs: unknown[] }>(`/api/reports/pipeline?on=${ON}`);
        expect(report.boroughs).toEqual(
          pipelineFromFiles(files.staffCsv, files.enrolmentsCsv, ON).boroughs.map((b) => ({
            ...b,
            dualQualified: { ...b.dualQualified, wte: b.dualQualified.wteHundredths / 100 },
          })),
        );
      } finally {
        await server.stop();
      }
      const again = await runCli(['import', 'enrolments', join(dir, 'enrolments.csv'), '--dry-run'], env, 600_000);
      expect(again.stdout).toContain(
        `nothing to import: all ${ENROLMENTS.toLocaleString('en-GB')} rows are in already`,
      );
    },
    SCALE > 0.05 ? 7_200_000 : 300_000,
  );
});
