import { parse } from 'csv-parse/sync';
import { isIsoDate } from '../../src/shared/values.js';
import { historyFiles } from './history-files.js';

const iso = (date: string) => (date.includes('/') ? date.split('/').reverse().join('-') : date);

/** The scale test's files at full size: as many rows as asked, every date real, every cohort within capacity. */
describe('historyFiles', () => {
  it('makes 10,000 staff and 30,000 enrolments with real dates and cohorts within capacity', () => {
    const files = historyFiles(10_000, 30_000);
    const staff = parse(files.staffCsv, { bom: true, columns: true }) as Record<string, string>[];
    const rows = parse(files.enrolmentsCsv, { bom: true, columns: true }) as Record<string, string>[];
    expect([staff.length, rows.length]).toEqual([10_000, 30_000]);
    const dates = rows.flatMap((r) => [r.starts_on, r.ends_on, r.enrolled_on, r.outcome_on].filter(Boolean).map(iso));
    expect(dates.filter((d) => !isIsoDate(d))).toEqual([]);
    const perCohort = new Map<string, number>();
    for (const r of rows) {
      const key = `${r.level}|${r.provider}|${iso(r.starts_on)}`;
      perCohort.set(key, (perCohort.get(key) ?? 0) + 1);
      expect(iso(r.enrolled_on) < r.ends_on).toBe(true);
    }
    expect(Math.max(...perCohort.values())).toBeLessThanOrEqual(40);
  });
});
