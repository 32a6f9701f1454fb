import type { Decider } from '../../shared/decider.js';
import { conflict, invalid, notFound } from '../../shared/domain-error.js';
import { isIsoDate, isNonEmptyText, isPositiveInteger, isSystemicLevel } from '../../shared/values.js';
import type { CohortCommand, ScheduleCohort } from './cohort.commands.js';
import type { CohortEvent } from './cohort.events.js';
import { evolveCohort, initialCohortState, type CohortState } from './cohort.state.js';

export const requireScheduled = (state: CohortState): void => {
  if (state.status === 'none') throw notFound('COHORT.NOT_FOUND', 'No such cohort');
};

const schedule = (command: ScheduleCohort, state: CohortState): CohortEvent[] => {
  if (state.status !== 'none') throw conflict('COHORT.ALREADY_SCHEDULED', `Cohort ${command.cohortId} already exists`);
  const { cohortId, level, name, provider, startsOn, endsOn, capacity, scheduledOn } = command;
  if (!isSystemicLevel(level)) throw invalid('COHORT.INVALID_LEVEL', 'a systemic level is 1, 2, 3 or 4');
  if (!isNonEmptyText(name)) throw invalid('COHORT.INVALID_NAME', 'name is required');
  if (!isNonEmptyText(provider)) throw invalid('COHORT.INVALID_PROVIDER', 'provider is required');
  if (!isIsoDate(startsOn) || !isIsoDate(endsOn) || endsOn <= startsOn) {
    throw invalid('COHORT.INVALID_DATES', 'startsOn and endsOn must be calendar dates, endsOn after startsOn');
  }
  if (!isPositiveInteger(capacity)) throw invalid('COHORT.INVALID_CAPACITY', 'capacity must be a whole number above 0');
  if (scheduledOn !== undefined && (!isIsoDate(scheduledOn) || scheduledOn > endsOn)) {
    throw invalid('COHORT.INVALID_DATES', 'scheduledOn must be a calendar date on or before endsOn');
  }
  const data = { cohortId, level, name: name.trim(), provider: provider.trim(), startsOn, endsOn, capacity };
  return [{ type: 'CohortScheduled', data: scheduledOn === undefined ? data : { ...data, scheduledOn } }];
};

export const decideCohort = (command: CohortCommand, state: CohortState): CohortEvent[] => {
  switch (command.type) {
    case 'ScheduleCohort':
      return schedule(command, state);
    default: {
      // A one-member union does not narrow to never, its discriminant does.
      const _exhaustive: never = command.type;
      throw invalid('COHORT.UNKNOWN_COMMAND', `unknown command ${String(_exhaustive)}`);
    }
  }
};

/** Enrolments and outcomes span the person too: see `enrolment.decider.ts`. */
export const cohortDecider: Decider<CohortCommand, CohortState, CohortEvent> = {
  initialState: initialCohortState,
  evolve: evolveCohort,
  decide: decideCohort,
};
