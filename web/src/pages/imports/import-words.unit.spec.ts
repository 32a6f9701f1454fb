import { codeWords } from '../../api/error-words';
import type { ImportReport } from '../../api/import-types';
import { importKindsFor } from './import-kinds';
import { outcomeWords, reportCounts, reportHeadline, timingWords } from './import-words';

const report = (over: Partial<ImportReport>): ImportReport => ({
  kind: 'staff',
  file: 'hr.csv',
  sha256: 'ab',
  dryRun: true,
  status: 'checked',
  rows: 3,
  toImport: 3,
  alreadyImported: 0,
  duplicates: 0,
  problems: [],
  outcomes: {},
  events: 3,
  readModelsCaughtUp: null,
  seconds: { check: 0.42, write: 0, settle: 0 },
  ...over,
});

describe('an import report in words', () => {
  it('says a clean check is ready, and a real run how many rows became how many events and how long it took', () => {
    expect(reportHeadline(report({}))).toBe('No problems found: 3 rows ready to import.');
    const real = report({ dryRun: false, status: 'imported', toImport: 1, events: 2, readModelsCaughtUp: true });
    expect(reportHeadline(real)).toBe('Imported 1 row as 2 events.');
    expect(timingWords({ ...real, seconds: { check: 0.4, write: 0.1, settle: 1.25 } })).toBe(
      'Checked in 0.4 s, written in 0.1 s; the pages caught up in 1.3 s.',
    );
    expect(reportCounts(real)[1]).toEqual(['Rows imported', '1']);
  });

  it('counts problems, and says a re-import has nothing to do', () => {
    const problem = { line: 3, column: 'fte', code: 'VALIDATION.INVALID_NUMBER', message: 'x' };
    expect(reportHeadline(report({ status: 'rejected', problems: [problem] }))).toMatch(/^1 problem found: the file/);
    expect(reportHeadline(report({ status: 'nothing-to-import', dryRun: false }))).toBe(
      'Nothing to import: every row of this file is in already.',
    );
  });

  it('puts the outcomes into words, keeping one it does not know as counted', () => {
    expect(outcomeWords({ hired: 2, left: 1, 'cohort scheduled': 1, 'something new': 4 })).toEqual([
      '2 people hired',
      '1 leaving recorded',
      '1 cohort scheduled',
      'something new: 4',
    ]);
  });

  it('has words for the codes a file’s problems carry', () => {
    for (const code of [
      'VALIDATION.INVALID_NUMBER',
      'VALIDATION.MISSING_COLUMN',
      'STAFF.INVALID_FTE',
      'IMPORT.COHORT_MISMATCH',
    ])
      expect(codeWords(code)).toEqual(expect.any(String));
  });
});

describe('the kinds offered', () => {
  it('follows the API’s roles: HR the people files, clinical leads posts, admins all four', () => {
    expect(importKindsFor(['hr']).map((k) => k.kind)).toEqual(['staff', 'qualifications', 'enrolments']);
    expect(importKindsFor(['clinical-lead']).map((k) => k.kind)).toEqual(['posts']);
    expect(importKindsFor(['admin']).map((k) => k.kind)).toEqual(['staff', 'qualifications', 'enrolments', 'posts']);
    expect(importKindsFor(['auditor'])).toEqual([]);
  });
});
