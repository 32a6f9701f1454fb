import { isIsoDate, type IsoDate } from '../../shared/values.js';
import { nameKey, readStatedTotals, readYearAmounts, type StatedTotal, type YearAmounts } from './plan-amounts.js';
import { at, type ProblemList } from './plan-document.reader.js';

/**
 * The Centre for Social Work's part of the plan: other councils' staff trained by Triborough.
 * Its calendar (when selection closes, when each intake starts), its places, fees and costs are
 * configuration, read and checked like the rest of the plan; a plan without it still reads.
 */

export const PARTICIPANT_GROUPS = ['practitioner', 'frontline-manager', 'practice-leader'] as const;
export type ParticipantGroup = (typeof PARTICIPANT_GROUPS)[number];
export const isParticipantGroup = (value: unknown): value is ParticipantGroup =>
  PARTICIPANT_GROUPS.includes(value as ParticipantGroup);

/** Places by group, per participating council. */
export type ParticipantPlaces = Record<ParticipantGroup, number>;

/** One intake: the councils selected for a programme year and the places each sends. */
export type CentreIntakePlan = {
  /** Last day on which councils may apply and be selected or declined. */
  selectionClosesOn: IsoDate;
  startsOn: IsoDate;
  councils: number;
  placesPerCouncil: ParticipantPlaces;
};

export type CentreCostLine = { name: string; amountsPence: YearAmounts; note?: string };

export type CentrePlan = {
  classroomDaysPerParticipant: number;
  embeddedDaysPerParticipant: number;
  /** Days Triborough staff spend on site in each participating council. */
  onSiteDaysPerCouncil: number;
  /** Hours in one such day, in hundredths (750 = 7.5 hours): what a day of support costs a caseload. */
  onSiteHoursPerDayHundredths: number;
  /** Fee per participant by programme year, for every year of the calendar (0 = free). */
  feesPencePerParticipant: YearAmounts;
  /** Keyed by the programme year in which the intake starts; years without one are left out. */
  intakes: Record<string, CentreIntakePlan>;
  costLines: CentreCostLine[];
  /** Totals of the cost lines as the plan states them, to be compared with the lines' sum. */
  statedTotals?: StatedTotal[];
  /** The plan's income line (councils' fees), as stated. */
  statedIncomePence?: YearAmounts;
  /** The plan's statement of the funding still needed (costs less income). */
  statedFundingRequiredPence?: YearAmounts;
  note?: string;
};

type CalendarYear = { year: number; startsOn: string; endsOn: string };

const PATH = 'centre';
const KEYS = [
  'classroomDaysPerParticipant',
  'embeddedDaysPerParticipant',
  'onSiteDaysPerCouncil',
  'onSiteHoursPerDayHundredths',
  'feesPencePerParticipant',
  'intakes',
  'costLines',
  'statedTotals',
  'statedIncomePence',
  'statedFundingRequiredPence',
  'note',
];

const HUNDREDTHS_IN_A_DAY = 2400;

const readPlaces = (list: ProblemList, value: unknown, path: string): ParticipantPlaces => {
  const raw = list.object(value, path, PARTICIPANT_GROUPS);
  const places = Object.fromEntries(
    PARTICIPANT_GROUPS.map((group) => [group, list.count(raw?.[group], at(path, group), 'places') ?? 0]),
  ) as ParticipantPlaces;
  if (raw && PARTICIPANT_GROUPS.every((group) => raw[group] === 0)) list.add(path, 'must offer at least one place');
  return places;
};

const readDate = (list: ProblemList, value: unknown, path: string): IsoDate | undefined =>
  isIsoDate(value) ? value : list.add(path, 'must be YYYY-MM-DD');

const readIntake = (list: ProblemList, value: unknown, path: string, year: CalendarYear) => {
  const raw = list.object(value, path, ['selectionClosesOn', 'startsOn', 'councils', 'placesPerCouncil']);
  if (!raw) return undefined;
  const selectionClosesOn = readDate(list, raw.selectionClosesOn, at(path, 'selectionClosesOn'));
  const startsOn = readDate(list, raw.startsOn, at(path, 'startsOn'));
  if (startsOn && year.startsOn && year.endsOn && (startsOn < year.startsOn || startsOn > year.endsOn)) {
    list.add(at(path, 'startsOn'), `must fall in year ${year.year} (${year.startsOn} to ${year.endsOn})`);
  }
  if (selectionClosesOn && startsOn && selectionClosesOn >= startsOn) {
    list.add(at(path, 'selectionClosesOn'), 'must be before the intake starts');
  }
  const councils = list.count(raw.councils, at(path, 'councils'), 'councils');
  if (councils === 0) list.add(at(path, 'councils'), 'must be at least 1');
  const placesPerCouncil = readPlaces(list, raw.placesPerCouncil, at(path, 'placesPerCouncil'));
  return {
    selectionClosesOn: selectionClosesOn ?? '',
    startsOn: startsOn ?? '',
    councils: councils ?? 0,
    placesPerCouncil,
  };
};

const readIntakes = (list: ProblemList, value: unknown, calendar: readonly CalendarYear[]) => {
  const path = at(PATH, 'intakes');
  const years = calendar.map((entry) => String(entry.year));
  const raw = list.object(value, path, years) ?? {};
  const intakes: Record<string, CentreIntakePlan> = {};
  for (const entry of calendar) {
    const key = String(entry.year);
    if (raw[key] === undefined) continue;
    const intake = readIntake(list, raw[key], at(path, key), entry);
    if (intake) intakes[key] = intake;
  }
  return intakes;
};

const readCostLines = (list: ProblemList, value: unknown, years: string[]): CentreCostLine[] => {
  const seen = new Set<string>();
  const lines: CentreCostLine[] = [];
  (list.array(value, at(PATH, 'costLines')) ?? []).forEach((entry, i) => {
    const path = at(at(PATH, 'costLines'), i);
    const raw = list.object(entry, path, ['name', 'amountsPence', 'note']);
    if (!raw) return;
    const name = list.text(raw.name, at(path, 'name'));
    if (name && seen.has(nameKey(name))) list.add(at(path, 'name'), `"${name}" names another line already`);
    if (name) seen.add(nameKey(name));
    const amountsPence = readYearAmounts(list, raw.amountsPence, at(path, 'amountsPence'), years, true) ?? {};
    const note = list.optionalText(raw.note, at(path, 'note'));
    lines.push({ name: name ?? '', amountsPence, ...(note ? { note } : {}) });
  });
  return lines;
};

const optionalAmounts = (list: ProblemList, value: unknown, key: string, years: string[]) =>
  value === undefined ? undefined : readYearAmounts(list, value, at(PATH, key), years, false);

/** Reads the plan's `centre` section against its calendar, recording every problem in `list`. */
export const readCentrePlan = (
  list: ProblemList,
  value: unknown,
  calendar: readonly CalendarYear[],
): CentrePlan | undefined => {
  const raw = list.object(value, PATH, KEYS);
  if (!raw) return undefined;
  const years = calendar.map((entry) => String(entry.year));
  const count = (key: string, unit: string) => list.count(raw[key], at(PATH, key), unit) ?? 0;
  const hours = raw.onSiteHoursPerDayHundredths;
  const inADay = Number.isSafeInteger(hours) && (hours as number) >= 1 && (hours as number) <= HUNDREDTHS_IN_A_DAY;
  if (!inADay) list.add(at(PATH, 'onSiteHoursPerDayHundredths'), 'must be a whole number from 1 to 2400 (24 hours)');
  const onSiteHoursPerDayHundredths = inADay ? (hours as number) : 0;
  const feesPencePerParticipant =
    readYearAmounts(list, raw.feesPencePerParticipant, at(PATH, 'feesPencePerParticipant'), years, true) ?? {};
  const costLines = readCostLines(list, raw.costLines, years);
  const names = costLines.map((line) => line.name);
  const statedTotals = readStatedTotals(list, raw.statedTotals, at(PATH, 'statedTotals'), years, names, 'cost');
  const statedIncomePence = optionalAmounts(list, raw.statedIncomePence, 'statedIncomePence', years);
  const statedFundingRequiredPence = optionalAmounts(
    list,
    raw.statedFundingRequiredPence,
    'statedFundingRequiredPence',
    years,
  );
  const note = list.optionalText(raw.note, at(PATH, 'note'));
  return {
    classroomDaysPerParticipant: count('classroomDaysPerParticipant', 'days'),
    embeddedDaysPerParticipant: count('embeddedDaysPerParticipant', 'days'),
    onSiteDaysPerCouncil: count('onSiteDaysPerCouncil', 'days'),
    onSiteHoursPerDayHundredths,
    feesPencePerParticipant,
    intakes: readIntakes(list, raw.intakes, calendar),
    costLines,
    ...(statedTotals ? { statedTotals } : {}),
    ...(statedIncomePence ? { statedIncomePence } : {}),
    ...(statedFundingRequiredPence ? { statedFundingRequiredPence } : {}),
    ...(note ? { note } : {}),
  };
};
