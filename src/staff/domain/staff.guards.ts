import { DomainError, invalid, notFound } from '../../shared/domain-error.js';
import {
  fteToHundredths,
  isBorough,
  isIsoDate,
  isRole,
  isSweRegistrationNumber,
  type Borough,
  type IsoDate,
  type Role,
} from '../../shared/values.js';
import type { StaffState } from './staff.state.js';

/** Checks shared by the staff decider and the cross-aggregate training decisions. */

export const requireHired = (state: StaffState): void => {
  if (state.status === 'none') throw notFound('STAFF.NOT_FOUND', 'No such member of staff');
};

/** A leaver cannot be enrolled, appointed or changed. */
export const requireActive = (state: StaffState): void => {
  requireHired(state);
  if (state.status === 'left') {
    throw new DomainError('STAFF.HAS_LEFT', `${state.name} left on ${state.leftOn}`, 'rule', {
      staffId: state.staffId,
      leftOn: state.leftOn,
    });
  }
};

export const requireDate = (value: unknown, field: string, code = 'STAFF.INVALID_DATE'): IsoDate => {
  if (!isIsoDate(value)) throw invalid(code, `${field} must be a calendar date YYYY-MM-DD`);
  return value;
};

/** Dates before the start of employment are refused: nothing about a person predates their hire. */
export const requireOnOrAfterStart = (state: StaffState, date: IsoDate, field: string): void => {
  if (date < state.startedOn) {
    throw new DomainError(
      'STAFF.EFFECTIVE_BEFORE_START',
      `${field} ${date} is before the start date ${state.startedOn}`,
    );
  }
};

export const requireBorough = (value: unknown): Borough => {
  if (!isBorough(value)) throw invalid('STAFF.INVALID_BOROUGH', 'borough must be LBHF, RBKC or WCC');
  return value;
};

export const requireRole = (value: unknown): Role => {
  if (!isRole(value)) throw invalid('STAFF.INVALID_ROLE', `unknown role ${String(value)}`);
  return value;
};

export const requireFteHundredths = (value: unknown): number => {
  const hundredths = fteToHundredths(value);
  if (hundredths === undefined) {
    throw invalid('STAFF.INVALID_FTE', 'fte must be more than 0 and at most 1, with at most two decimals');
  }
  return hundredths;
};

export const requireRegistrationNumber = (value: unknown): string => {
  if (!isSweRegistrationNumber(value)) {
    throw invalid('STAFF.INVALID_REGISTRATION', 'a Social Work England number is SW followed by digits');
  }
  return value;
};
