import type { Borough, IsoDate, Role, SystemicLevel } from '../../shared/values.js';
import type { SocialWorkRegistration, StaffEvent } from './staff.events.js';

export interface OpenEnrolment {
  cohortId: string;
  level: SystemicLevel;
}

export interface StaffState {
  status: 'none' | 'active' | 'left';
  staffId: string;
  name: string;
  borough: Borough;
  role: Role;
  fteHundredths: number;
  startedOn: IsoDate;
  /** Latest effective date applied (start or last change): a change may not be dated before it. */
  effectiveOn: IsoDate;
  leftOn?: IsoDate;
  /** The current registration; absent when never registered or lapsed. */
  registration?: SocialWorkRegistration;
  familyTherapyOn?: IsoDate;
  /** Level -> date completed (in a cohort or by prior learning). */
  completedLevels: Partial<Record<SystemicLevel, IsoDate>>;
  /** The open enrolment holding a place, if any: at most one at a time, across all levels. */
  enrolment?: OpenEnrolment;
  /** Waiting lists the person is on, in the order joined. */
  waitlistedIn: OpenEnrolment[];
  /** Set by DualQualificationAttained, cleared by DualQualificationEnded: the recorded fact. */
  dualQualifiedOn?: IsoDate;
}

export const initialStaffState: StaffState = {
  status: 'none',
  staffId: '',
  name: '',
  borough: 'LBHF',
  role: 'social-worker',
  fteHundredths: 0,
  startedOn: '',
  effectiveOn: '',
  completedLevels: {},
  waitlistedIn: [],
};

type Clearable = 'registration' | 'enrolment' | 'dualQualifiedOn';
const without = (state: StaffState, key: Clearable): StaffState => {
  const copy = { ...state };
  delete copy[key];
  return copy;
};

const withoutCohort = (list: OpenEnrolment[], cohortId: string): OpenEnrolment[] =>
  list.filter((entry) => entry.cohortId !== cohortId);

export const evolveStaff = (state: StaffState, event: StaffEvent): StaffState => {
  switch (event.type) {
    case 'StaffHired': {
      const { staffId, name, borough, role, fteHundredths, startedOn, registration } = event.data;
      return {
        ...initialStaffState,
        status: 'active',
        staffId,
        name,
        borough,
        role,
        fteHundredths,
        startedOn,
        effectiveOn: startedOn,
        ...(registration ? { registration } : {}),
      };
    }
    case 'StaffDetailsChanged': {
      const { effectiveOn, role, fteHundredths, borough } = event.data;
      return {
        ...state,
        effectiveOn,
        role: role ?? state.role,
        fteHundredths: fteHundredths ?? state.fteHundredths,
        borough: borough ?? state.borough,
      };
    }
    case 'StaffLeft':
      return { ...state, status: 'left', leftOn: event.data.leftOn };
    case 'QualificationRecorded': {
      const data = event.data;
      if (data.kind === 'social-work-registration') {
        return { ...state, registration: { number: data.registrationNumber, registeredOn: data.achievedOn } };
      }
      if (data.kind === 'family-therapy') return { ...state, familyTherapyOn: data.achievedOn };
      // A prior systemic level takes effect through the SystemicLevelCompleted recorded with it.
      return state;
    }
    case 'SocialWorkRegistrationLapsed':
      return without(state, 'registration');
    case 'SystemicLevelCompleted':
      return { ...state, completedLevels: { ...state.completedLevels, [event.data.level]: event.data.completedOn } };
    case 'EnrolmentStarted': {
      const { cohortId, level, status } = event.data;
      const waitlistedIn = withoutCohort(state.waitlistedIn, cohortId);
      return status === 'enrolled'
        ? { ...state, enrolment: { cohortId, level }, waitlistedIn }
        : { ...state, waitlistedIn: [...waitlistedIn, { cohortId, level }] };
    }
    case 'EnrolmentEnded': {
      const { cohortId } = event.data;
      const ended = state.enrolment?.cohortId === cohortId ? without(state, 'enrolment') : state;
      return { ...ended, waitlistedIn: withoutCohort(state.waitlistedIn, cohortId) };
    }
    case 'DualQualificationAttained':
      return { ...state, dualQualifiedOn: event.data.on };
    case 'DualQualificationEnded':
      return without(state, 'dualQualifiedOn');
    default: {
      const _exhaustive: never = event;
      return _exhaustive;
    }
  }
};

/** Highest level completed, 0 when none: the person's place on the ladder. */
export const systemicLevelOf = (state: StaffState): 0 | SystemicLevel => {
  const levels = Object.keys(state.completedLevels).map(Number) as SystemicLevel[];
  return levels.length === 0 ? 0 : (Math.max(...levels) as SystemicLevel);
};

export const hasCompletedLevel = (state: StaffState, level: SystemicLevel): boolean =>
  state.completedLevels[level] !== undefined;
