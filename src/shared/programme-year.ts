import { isIsoDate, type IsoDate } from './values.js';

/**
 * The programme calendar. A programme year is a UK financial year, 1 April to 31 March; Year 1 is
 * the one that starts on the programme start (2016-04-01 for Triborough). Dates before the start
 * fall in Year 0 or below: still a financial year, just not one of the plan's.
 */
export interface ProgrammeYear {
  number: number;
  startsOn: IsoDate;
  endsOn: IsoDate;
}

export const DEFAULT_PROGRAMME_START: IsoDate = '2016-04-01';

/** A programme start is 1 April of some year, because programme years are financial years. */
export const isProgrammeStart = (value: unknown): value is IsoDate => isIsoDate(value) && value.slice(5) === '04-01';

export const programmeYearOf = (on: IsoDate, programmeStart: IsoDate = DEFAULT_PROGRAMME_START): ProgrammeYear => {
  if (!isIsoDate(on)) throw new RangeError(`not a calendar date: ${on}`);
  if (!isProgrammeStart(programmeStart)) throw new RangeError(`a programme starts on 1 April, not ${programmeStart}`);
  const year = Number(on.slice(0, 4));
  // January to March belong to the financial year that began the previous April.
  const financialYear = on.slice(5) >= '04-01' ? year : year - 1;
  return {
    number: financialYear - Number(programmeStart.slice(0, 4)) + 1,
    startsOn: `${financialYear}-04-01`,
    endsOn: `${financialYear + 1}-03-31`,
  };
};

const londonDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * The calendar date in the UK at `instant`. Users mean the UK day when they say "today": at
 * 00:30 on 1 April BST it is already the new programme year, though UTC still says 31 March.
 */
export const ukDateOf = (instant: Date): IsoDate => londonDate.format(instant);
