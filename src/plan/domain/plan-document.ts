import { DomainError } from '../../shared/domain-error.js';
import { addDays } from '../../shared/iso-days.js';
import { isIsoDate, type IsoDate } from '../../shared/values.js';
import { readCentrePlan, type CentrePlan } from './centre-plan.js';
import { nameKey, readStatedTotals, readYearAmounts, type StatedTotal, type YearAmounts } from './plan-amounts.js';
import { readPlanCaseloads, type PlanCaseloads } from './plan-caseloads.js';
import { at, ProblemList, type PlanProblem } from './plan-document.reader.js';

export type { PlanProblem } from './plan-document.reader.js';
export type { StatedTotal, YearAmounts } from './plan-amounts.js';
export type { CaseloadCap, CaseloadQualification, PlanCaseloads } from './plan-caseloads.js';

/** One programme year. Dates are configuration: a UK financial year in the Triborough plan. */
export type PlanCalendarYear = { year: number; startsOn: IsoDate; endsOn: IsoDate };

/** What the plan sets out for one year. WTE in integer hundredths (2400 = 24 WTE). */
export type PlanYearTargets = {
  separateClinicalWteHundredths: number;
  integratedWteHundredths: number;
  /** People a year starting Systemic Year 2, and starting the MSc (Systemic Year 3). */
  intakes: { year2: number; msc: number };
  note?: string;
};

export type FundingLine = {
  name: string;
  /** Part of the clinical team (clinicians, Heads of Clinical Practice), subtotalled apart. */
  clinicalTeam: boolean;
  /** Integer pence for every programme year. */
  amountsPence: YearAmounts;
  note?: string;
};

export type PlanDocument = {
  name: string;
  calendar: PlanCalendarYear[];
  /** Keyed like `YearAmounts`, one entry per calendar year. */
  targets: Record<string, PlanYearTargets>;
  fundingLines: FundingLine[];
  statedTotals?: StatedTotal[];
  /** The Centre for Social Work: absent from plans written before it was planned. */
  centre?: CentrePlan;
  /** Caseload caps; absent in revisions written before caseloads were planned. */
  caseloads?: PlanCaseloads;
};

export type PlanValidation = { ok: true; document: PlanDocument } | { ok: false; problems: PlanProblem[] };

const readCalendar = (list: ProblemList, value: unknown): PlanCalendarYear[] => {
  const entries = list.array(value, 'calendar') ?? [];
  if (Array.isArray(value) && entries.length === 0) list.add('calendar', 'must hold at least one programme year');
  const calendar: PlanCalendarYear[] = [];
  entries.forEach((entry, i) => {
    const path = at('calendar', i);
    const raw = list.object(entry, path, ['year', 'startsOn', 'endsOn']);
    // A bad entry still holds its place, so that later years keep their numbers.
    if (!raw) return calendar.push({ year: i + 1, startsOn: '', endsOn: '' });
    if (raw.year !== i + 1) list.add(at(path, 'year'), `must be ${i + 1}: years run 1, 2, 3... in order`);
    const startsOn = isIsoDate(raw.startsOn) ? raw.startsOn : list.add(at(path, 'startsOn'), 'must be YYYY-MM-DD');
    const endsOn = isIsoDate(raw.endsOn) ? raw.endsOn : list.add(at(path, 'endsOn'), 'must be YYYY-MM-DD');
    if (startsOn && endsOn && endsOn <= startsOn) list.add(at(path, 'endsOn'), 'must be after startsOn');
    const previous = calendar[calendar.length - 1];
    if (startsOn && previous?.endsOn && startsOn !== addDays(previous.endsOn, 1)) {
      list.add(at(path, 'startsOn'), `must be ${addDays(previous.endsOn, 1)}, the day after year ${i} ends`);
    }
    calendar.push({ year: i + 1, startsOn: startsOn ?? '', endsOn: endsOn ?? '' });
  });
  return calendar;
};

const readTargets = (list: ProblemList, value: unknown, years: string[]): Record<string, PlanYearTargets> => {
  const raw = list.object(value, 'targets', years);
  const targets: Record<string, PlanYearTargets> = {};
  if (!raw) return targets;
  for (const year of years) {
    const path = at('targets', year);
    const entry = list.object(raw[year], path, [
      'separateClinicalWteHundredths',
      'integratedWteHundredths',
      'intakes',
      'note',
    ]);
    if (!entry) continue;
    const intakes = list.object(entry.intakes, at(path, 'intakes'), ['year2', 'msc']) ?? {};
    const note = list.optionalText(entry.note, at(path, 'note'));
    targets[year] = {
      separateClinicalWteHundredths:
        list.count(entry.separateClinicalWteHundredths, at(path, 'separateClinicalWteHundredths'), 'hundredths') ?? 0,
      integratedWteHundredths:
        list.count(entry.integratedWteHundredths, at(path, 'integratedWteHundredths'), 'hundredths') ?? 0,
      intakes: {
        year2: list.count(intakes.year2, at(at(path, 'intakes'), 'year2'), 'people') ?? 0,
        msc: list.count(intakes.msc, at(at(path, 'intakes'), 'msc'), 'people') ?? 0,
      },
      ...(note ? { note } : {}),
    };
  }
  return targets;
};

const readFundingLines = (list: ProblemList, value: unknown, years: string[]): FundingLine[] => {
  const seen = new Set<string>();
  const lines: FundingLine[] = [];
  (list.array(value, 'fundingLines') ?? []).forEach((entry, i) => {
    const path = at('fundingLines', i);
    const raw = list.object(entry, path, ['name', 'clinicalTeam', 'amountsPence', 'note']);
    if (!raw) return;
    const name = list.text(raw.name, at(path, 'name'));
    if (name && seen.has(nameKey(name))) list.add(at(path, 'name'), `"${name}" names another line already`);
    if (name) seen.add(nameKey(name));
    const clinicalTeam = list.boolean(raw.clinicalTeam, at(path, 'clinicalTeam'));
    const amountsPence = readYearAmounts(list, raw.amountsPence, at(path, 'amountsPence'), years, true);
    const note = list.optionalText(raw.note, at(path, 'note'));
    lines.push({ name: name ?? '', clinicalTeam: clinicalTeam ?? false, amountsPence: amountsPence ?? {} });
    if (note) lines[lines.length - 1].note = note;
  });
  return lines;
};

/** Checks a plan document from outside (the plan file, an API body) and returns it cleaned. */
export const validatePlanDocument = (input: unknown): PlanValidation => {
  const list = new ProblemList();
  const raw = list.object(input, '', [
    'name',
    'calendar',
    'targets',
    'fundingLines',
    'statedTotals',
    'centre',
    'caseloads',
  ]);
  if (!raw) return { ok: false, problems: list.problems };
  const name = list.text(raw.name, 'name');
  const calendar = readCalendar(list, raw.calendar);
  const years = calendar.map((entry) => String(entry.year));
  const targets = readTargets(list, raw.targets, years);
  const fundingLines = readFundingLines(list, raw.fundingLines, years);
  const statedTotals = readStatedTotals(
    list,
    raw.statedTotals,
    'statedTotals',
    years,
    fundingLines.map((line) => line.name),
    'funding',
  );
  const centre = raw.centre === undefined ? undefined : readCentrePlan(list, raw.centre, calendar);
  const caseloads = readPlanCaseloads(list, raw.caseloads);
  if (list.problems.length > 0 || !name) return { ok: false, problems: list.problems };
  return {
    ok: true,
    document: {
      name,
      calendar,
      targets,
      fundingLines,
      ...(statedTotals ? { statedTotals } : {}),
      ...(centre ? { centre } : {}),
      ...(caseloads ? { caseloads } : {}),
    },
  };
};

/** The validated document, or `PLAN.INVALID` (400) listing every problem in `details.problems`. */
export const requireValidPlan = (input: unknown): PlanDocument => {
  const result = validatePlanDocument(input);
  if (result.ok) return result.document;
  const count = result.problems.length;
  throw new DomainError('PLAN.INVALID', `the plan document has ${count} problem${count === 1 ? '' : 's'}`, 'invalid', {
    problems: result.problems,
  });
};
