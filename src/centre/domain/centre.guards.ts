import { DomainError, invalid, notFound } from '../../shared/domain-error.js';
import { isIsoDate, isNonEmptyText, type IsoDate } from '../../shared/values.js';
import type { IntakeTerms } from './intake-terms.js';
import type { IntakeCouncil, IntakeState } from './intake.state.js';

/** Checks shared by the Centre's deciders. */

export const requireTerms = (terms: IntakeTerms | undefined, year: number): IntakeTerms => {
  if (!terms) throw notFound('CENTRE.INTAKE_NOT_FOUND', `the plan has no Centre intake starting in year ${year}`);
  return terms;
};

export const requireCentreDate = (value: unknown, field: string): IsoDate => {
  if (!isIsoDate(value)) throw invalid('CENTRE.INVALID_DATE', `${field} must be a calendar date YYYY-MM-DD`);
  return value;
};

export const requireText = (value: unknown, code: string, field: string): string => {
  if (!isNonEmptyText(value)) throw invalid(code, `${field} is required`);
  return value.trim();
};

export const requireCouncil = (state: IntakeState, councilId: string, year: number): IntakeCouncil => {
  const council = Object.hasOwn(state.councils, councilId) ? state.councils[councilId] : undefined;
  if (!council)
    throw notFound('CENTRE.COUNCIL_NOT_FOUND', `no council ${councilId} applied to the year ${year} intake`);
  return council;
};

export const requireSelected = (council: IntakeCouncil): void => {
  if (council.status !== 'selected') {
    throw new DomainError('CENTRE.COUNCIL_NOT_SELECTED', `${council.name} is ${council.status}, not selected`);
  }
};

/** Nothing happens at the Centre before the intake's first day. */
export const requireFromIntakeStart = (on: IsoDate, startsOn: IsoDate, field: string): void => {
  if (on < startsOn) {
    throw new DomainError('CENTRE.BEFORE_INTAKE_START', `${field} ${on} is before the intake starts on ${startsOn}`);
  }
};
