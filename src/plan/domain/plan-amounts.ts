import { at, type ProblemList } from './plan-document.reader.js';

/**
 * Readers shared by the parts of a plan that hold money by programme year: the DfE funding lines
 * and the Centre for Social Work's cost lines, and the totals their authors stated for each.
 */

/** Amounts keyed by programme year number as text (`'1'`, `'2'`, ...), as JSON keys must be. */
export type YearAmounts = Record<string, number>;

/**
 * A total as the plan's author wrote it, kept so that the software can show where it disagrees
 * with the sum of its lines. `lines` names the lines it adds up (all of them when absent);
 * `amountsPence` may cover only the years the author stated.
 */
export type StatedTotal = { name: string; lines?: string[]; amountsPence: YearAmounts };

/** Names compare without case or outer spaces: two lines differing only so are one line typed twice. */
export const nameKey = (name: string): string => name.trim().toLowerCase();

/** `complete`: every year must be present (a line); otherwise any subset (a stated total). */
export const readYearAmounts = (
  list: ProblemList,
  value: unknown,
  path: string,
  years: string[],
  complete: boolean,
): YearAmounts | undefined => {
  const raw = list.object(value, path, years);
  if (!raw) return undefined;
  const amounts: YearAmounts = {};
  for (const year of years) {
    if (raw[year] === undefined) {
      if (complete) list.add(at(path, year), `must give an amount for year ${year}`);
      continue;
    }
    const pence = list.count(raw[year], at(path, year), 'pence');
    if (pence !== undefined) amounts[year] = pence;
  }
  return amounts;
};

/**
 * The stated totals at `path`, each naming lines among `lineNames` (a `lineKind` line of this
 * plan); undefined when the plan states none.
 */
export const readStatedTotals = (
  list: ProblemList,
  value: unknown,
  path: string,
  years: string[],
  lineNames: string[],
  lineKind: string,
): StatedTotal[] | undefined => {
  if (value === undefined) return undefined;
  const known = new Map(lineNames.map((line) => [nameKey(line), line]));
  const seen = new Set<string>();
  return (list.array(value, path) ?? []).flatMap((entry, i): StatedTotal[] => {
    const here = at(path, i);
    const raw = list.object(entry, here, ['name', 'lines', 'amountsPence']);
    if (!raw) return [];
    const name = list.text(raw.name, at(here, 'name')) ?? '';
    if (name && seen.has(nameKey(name))) list.add(at(here, 'name'), `"${name}" names another total already`);
    seen.add(nameKey(name));
    const lines = raw.lines === undefined ? undefined : (list.array(raw.lines, at(here, 'lines')) ?? []);
    if (lines?.length === 0) list.add(at(here, 'lines'), 'must name at least one line, or be left out for all');
    lines?.forEach((line, j) => {
      if (typeof line !== 'string' || !known.has(nameKey(line))) {
        list.add(at(at(here, 'lines'), j), `must name a ${lineKind} line of this plan`);
      }
    });
    const amountsPence = readYearAmounts(list, raw.amountsPence, at(here, 'amountsPence'), years, false) ?? {};
    // Stored as the lines spell themselves, so totals can match them by name exactly.
    const named = lines?.map((line) => known.get(nameKey(String(line))) ?? '');
    return [{ name, ...(named ? { lines: named } : {}), amountsPence }];
  });
};

/** One check per stated total and year it states: the stated figure against the sum of its lines. */
export interface StatedTotalCheck {
  name: string;
  year: number;
  statedPence: number;
  computedPence: number;
  /** `stated - computed`: negative when the stated figure is short of its lines. */
  differencePence: number;
}

type Line = { name: string; amountsPence: YearAmounts };

export const sumOfLines = (lines: readonly Line[], year: number): number =>
  lines.reduce((sum, line) => sum + (line.amountsPence[String(year)] ?? 0), 0);

/** Checks every stated total against `lines`, year by year in `years` order. */
export const checkStatedTotals = (
  totals: readonly StatedTotal[],
  lines: readonly Line[],
  years: readonly number[],
): StatedTotalCheck[] =>
  totals.flatMap((total) => {
    const covered = total.lines ? lines.filter((line) => total.lines?.includes(line.name)) : lines;
    return years
      .filter((year) => total.amountsPence[String(year)] !== undefined)
      .map((year) => {
        const statedPence = total.amountsPence[String(year)];
        const computedPence = sumOfLines(covered, year);
        return { name: total.name, year, statedPence, computedPence, differencePence: statedPence - computedPence };
      });
  });
