import type { IsoDate, SystemicLevel } from '../../shared/values.js';
import type { CohortEvent, EnrolmentOutcome } from './cohort.events.js';

/** One person's latest entry in the cohort. `closed` entries keep how they ended. */
export type RosterEntry =
  | { staffId: string; status: 'enrolled' | 'waitlisted'; since: IsoDate }
  | { staffId: string; status: 'closed'; since: IsoDate; outcome: EnrolmentOutcome | 'skipped' };

export interface CohortState {
  status: 'none' | 'scheduled';
  cohortId: string;
  level: SystemicLevel;
  name: string;
  provider: string;
  startsOn: IsoDate;
  endsOn: IsoDate;
  capacity: number;
  /** The day it came to exist; null for cohorts recorded before that was kept. */
  scheduledOn: IsoDate | null;
  /** In order of arrival, so the waitlisted entries read in first-come-first-served order. */
  roster: RosterEntry[];
}

export const initialCohortState: CohortState = {
  status: 'none',
  cohortId: '',
  level: 1,
  name: '',
  provider: '',
  startsOn: '',
  endsOn: '',
  capacity: 0,
  scheduledOn: null,
  roster: [],
};

/** A person coming back (after a withdrawal or deferral) arrives anew, at the end. */
const arrive = (state: CohortState, entry: RosterEntry): CohortState => ({
  ...state,
  roster: [...state.roster.filter((e) => e.staffId !== entry.staffId), entry],
});

/** Changes a person's entry in place, keeping their position. */
const update = (state: CohortState, staffId: string, entry: RosterEntry): CohortState => ({
  ...state,
  roster: state.roster.map((e) => (e.staffId === staffId ? entry : e)),
});

export const evolveCohort = (state: CohortState, event: CohortEvent): CohortState => {
  switch (event.type) {
    case 'CohortScheduled':
      return { ...initialCohortState, ...event.data, scheduledOn: event.data.scheduledOn ?? null, status: 'scheduled' };
    case 'PersonEnrolled':
      return arrive(state, { staffId: event.data.staffId, status: 'enrolled', since: event.data.enrolledOn });
    case 'PersonWaitlisted':
      return arrive(state, { staffId: event.data.staffId, status: 'waitlisted', since: event.data.waitlistedOn });
    case 'EnrolmentOutcomeRecorded': {
      const { staffId, on, outcome } = event.data;
      return update(state, staffId, { staffId, status: 'closed', since: on, outcome });
    }
    case 'WaitlistedPersonPromoted': {
      const { staffId, promotedOn } = event.data;
      return update(state, staffId, { staffId, status: 'enrolled', since: promotedOn });
    }
    case 'WaitlistedPersonSkipped': {
      const { staffId, on } = event.data;
      return update(state, staffId, { staffId, status: 'closed', since: on, outcome: 'skipped' });
    }
    default: {
      const _exhaustive: never = event;
      return _exhaustive;
    }
  }
};

export const entryOf = (state: CohortState, staffId: string): RosterEntry | undefined =>
  state.roster.find((e) => e.staffId === staffId);

export const enrolledCount = (state: CohortState): number => state.roster.filter((e) => e.status === 'enrolled').length;

/** Only a withdrawal or deferral gives a place back: a completed or failed place was used. */
const holdsPlace = (e: RosterEntry): boolean =>
  e.status === 'enrolled' || (e.status === 'closed' && (e.outcome === 'completed' || e.outcome === 'failed'));

export const placesLeft = (state: CohortState): number =>
  Math.max(0, state.capacity - state.roster.filter(holdsPlace).length);

/** Staff ids on the waiting list, first come first. */
export const waitingList = (state: CohortState): string[] =>
  state.roster.filter((e) => e.status === 'waitlisted').map((e) => e.staffId);
