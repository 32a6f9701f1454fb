/**
 * Value types and validators shared by the bounded contexts. They answer yes or no; the decider
 * that calls them chooses the error code, because the same bad date means different things in
 * different commands.
 */

export const BOROUGHS = ['LBHF', 'RBKC', 'WCC'] as const;
export type Borough = (typeof BOROUGHS)[number];
export const isBorough = (value: unknown): value is Borough => BOROUGHS.includes(value as Borough);

export const ROLES = [
  'social-worker',
  'practitioner',
  'frontline-manager',
  'practice-leader',
  'clinician',
  'head-of-clinical-practice',
] as const;
export type Role = (typeof ROLES)[number];
export const isRole = (value: unknown): value is Role => ROLES.includes(value as Role);

export const SYSTEMIC_LEVELS = [1, 2, 3, 4] as const;
export type SystemicLevel = (typeof SYSTEMIC_LEVELS)[number];
export const isSystemicLevel = (value: unknown): value is SystemicLevel =>
  SYSTEMIC_LEVELS.includes(value as SystemicLevel);

/** An ISO calendar date, `YYYY-MM-DD`. Such strings sort and compare correctly as strings. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for `YYYY-MM-DD` strings naming a real calendar date (so `2017-02-29` is refused). */
export const isIsoDate = (value: unknown): value is IsoDate => {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  // Day 0 of the next month is the last day of this one; UTC avoids any time-zone shift.
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
};

export const maxDate = (a: IsoDate, b: IsoDate): IsoDate => (a >= b ? a : b);
export const minDate = (a: IsoDate, b: IsoDate): IsoDate => (a <= b ? a : b);

/**
 * Whole-time equivalent is stored as integer hundredths (`fteHundredths: 100` = full time) so that
 * sums of WTE are exact. Commands carry the decimal the user typed (0.6); it must have at most two
 * decimal places and satisfy 0 < fte <= 1.
 */
export const fteToHundredths = (fte: unknown): number | undefined => {
  if (typeof fte !== 'number' || !Number.isFinite(fte)) return undefined;
  const hundredths = Math.round(fte * 100);
  // Binary floating point: 0.29 * 100 is 28.999999999999996, so compare with a tolerance.
  if (Math.abs(fte * 100 - hundredths) > 1e-9) return undefined;
  return isFteHundredths(hundredths) ? hundredths : undefined;
};

export const isFteHundredths = (value: unknown): value is number =>
  Number.isInteger(value) && (value as number) > 0 && (value as number) <= 100;

export const hundredthsToFte = (hundredths: number): number => hundredths / 100;

const SWE_REGISTRATION = /^SW\d+$/;

/** A Social Work England registration number: `SW` followed by digits, e.g. `SW123456`. */
export const isSweRegistrationNumber = (value: unknown): value is string =>
  typeof value === 'string' && SWE_REGISTRATION.test(value);

export const isNonEmptyText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

export const isPositiveInteger = (value: unknown): value is number => Number.isInteger(value) && (value as number) > 0;
