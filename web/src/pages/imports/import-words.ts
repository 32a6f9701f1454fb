import type { ImportReport } from '../../api/import-types';

const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/** The report's verdict in one sentence. */
export function reportHeadline(report: ImportReport): string {
  const problems = count(report.problems.length, 'problem');
  switch (report.status) {
    case 'rejected':
      return report.dryRun
        ? `${problems} found: the file cannot be imported as it is. Correct the lines below and check it again.`
        : `${problems} found: nothing was imported. Correct the lines below and check the file again.`;
    case 'checked':
      return `No problems found: ${count(report.toImport, 'row')} ready to import.`;
    case 'nothing-to-import':
      return 'Nothing to import: every row of this file is in already.';
    case 'imported':
      return `Imported ${count(report.toImport, 'row')} as ${count(report.events, 'event')}.`;
  }
}

/** The counts, labelled for a real run or a check. */
export function reportCounts(report: ImportReport): [string, string][] {
  return [
    ['Rows in the file', report.rows.toLocaleString('en-GB')],
    [report.dryRun ? 'Rows to import' : 'Rows imported', report.toImport.toLocaleString('en-GB')],
    ['Already imported', report.alreadyImported.toLocaleString('en-GB')],
    ['Repeated rows (skipped)', report.duplicates.toLocaleString('en-GB')],
  ];
}

const OUTCOMES: Record<string, (n: number) => string> = {
  hired: (n) => `${count(n, 'person', 'people')} hired`,
  left: (n) => `${count(n, 'leaving', 'leavings')} recorded`,
  'cohort scheduled': (n) => `${count(n, 'cohort')} scheduled`,
  enrolled: (n) => `${count(n, 'enrolment')} with a place`,
  waitlisted: (n) => `${count(n, 'person', 'people')} put on a waiting list (the cohort was full)`,
  completed: (n) => `${count(n, 'level')} completed`,
  failed: (n) => `${count(n, 'level')} not passed`,
  withdrawn: (n) => `${count(n, 'withdrawal')}`,
  deferred: (n) => `${count(n, 'deferral')}`,
  'post established': (n) => `${count(n, 'post')} established`,
  'holder appointed': (n) => `${count(n, 'holder')} appointed to posts`,
  'qualification social-work-registration': (n) => `${count(n, 'social work registration')} recorded`,
  'qualification systemic-level': (n) => `${count(n, 'systemic level')} completed elsewhere recorded`,
  'qualification family-therapy': (n) => `${count(n, 'family therapy qualification')} recorded`,
};

/** What the commands did (or would do), one phrase per outcome; an outcome without words is shown as counted. */
export const outcomeWords = (outcomes: Record<string, number>): string[] =>
  Object.entries(outcomes).map(([key, n]) => OUTCOMES[key]?.(n) ?? `${key}: ${n.toLocaleString('en-GB')}`);

/** How long each step took, from the report's `seconds`. */
export function timingWords(report: ImportReport): string {
  const { check, write, settle } = report.seconds;
  if (report.dryRun || report.status !== 'imported') return `Checked in ${check.toFixed(1)} s.`;
  const pages =
    report.readModelsCaughtUp === false
      ? `the pages had not caught up after ${settle.toFixed(1)} s and will show the rows shortly`
      : `the pages caught up in ${settle.toFixed(1)} s`;
  return `Checked in ${check.toFixed(1)} s, written in ${write.toFixed(1)} s; ${pages}.`;
}
