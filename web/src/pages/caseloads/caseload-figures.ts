import type { CaseloadCommandResult, CaseloadLine } from '../../api/caseload-types';

/** How the board words a number that may be missing: no cap is "no cap", not 0. */
export const orNone = (value: number | null, none = 'no cap'): string => (value === null ? none : String(value));

export const hoursText = (hours: number): string => (hours === 0 ? '—' : `${hours} h`);

/** The line's on-site week in words, for its cell and for screen readers. */
export const onSiteText = (line: CaseloadLine): string => {
  const s = line.onSiteSupport;
  return s.days === 0 ? 'none' : `${s.days} ${s.days === 1 ? 'day' : 'days'}, ${s.hours} h`;
};

/** People over their cap first (the board's point), then as the API orders them: least headroom first. */
export const overCapFirst = (lines: readonly CaseloadLine[]): CaseloadLine[] =>
  [...lines].sort((a, b) => Number(b.overCap) - Number(a.overCap));

const cases = (n: number): string => `${n} open ${n === 1 ? 'case' : 'cases'}`;

/** Headroom in words: how many more cases, or how far over. */
export const headroomText = (headroom: number | null): string =>
  headroom === null ? 'no cap, so no headroom' : headroom < 0 ? `over by ${-headroom}` : `${headroom} more`;

/** What a recorded change left, saying plainly when it is over the cap (it is recorded all the same). */
export const resultText = (r: CaseloadCommandResult): string => {
  if (r.cap === null) return `Recorded: ${cases(r.openCases)} that day, with no cap in force.`;
  if (r.overCap) return `Recorded, but over the cap: ${cases(r.openCases)} that day against a cap of ${r.cap}.`;
  return `Recorded: ${cases(r.openCases)} that day, within the cap of ${r.cap}.`;
};
