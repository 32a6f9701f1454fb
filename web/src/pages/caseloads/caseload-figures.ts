import type { CaseloadLine } from '../../api/caseload-types';

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
