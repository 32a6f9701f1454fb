import type { Borough, IsoDate, Role, SystemicLevel } from '../../shared/values.js';
import type { QualificationKind, StaffEvent } from '../domain/staff.events.js';

export interface StaffViewEnrolment {
  cohortId: string;
  level: SystemicLevel;
  status: 'enrolled' | 'waitlisted';
}

export interface StaffViewQualification {
  kind: QualificationKind;
  evidenceRef: string;
  achievedOn: IsoDate;
  registrationNumber?: string;
  level?: SystemicLevel;
}

/** One row of `staff_view`: a person as HR sees them now. */
export interface StaffView {
  staffId: string;
  name: string;
  borough: Borough;
  role: Role;
  fteHundredths: number;
  startedOn: IsoDate;
  leftOn: IsoDate | null;
  leftReason: string | null;
  /** The current registration; null when never registered or lapsed. */
  registration: { number: string; registeredOn: IsoDate } | null;
  /** Highest level completed, 0 when none. */
  systemicLevel: 0 | SystemicLevel;
  /** The place held in a cohort, else the first waiting list joined, else null. */
  currentEnrolment: StaffViewEnrolment | null;
  /** Waiting lists in the order joined: kept so that an ended enrolment can fall back to them. */
  waitlists: { cohortId: string; level: SystemicLevel }[];
  dualQualified: boolean;
  dualQualifiedOn: IsoDate | null;
  /** Qualifications recorded with evidence, in the order recorded. */
  qualifications: StaffViewQualification[];
  /** Stream version (0-based) of the last event applied. */
  version: number;
  /** When the last event applied was recorded (ISO instant). */
  updatedAt: string;
}

export interface EventFacts {
  version: number;
  recordedAt: string;
}

const currentOf = (
  enrolled: { cohortId: string; level: SystemicLevel } | null,
  waitlists: StaffView['waitlists'],
): StaffViewEnrolment | null => {
  if (enrolled) return { ...enrolled, status: 'enrolled' };
  return waitlists.length > 0 ? { ...waitlists[0], status: 'waitlisted' } : null;
};

const heldPlace = (view: StaffView) =>
  view.currentEnrolment?.status === 'enrolled'
    ? { cohortId: view.currentEnrolment.cohortId, level: view.currentEnrolment.level }
    : null;

/**
 * The view after one event of the person's stream. Pure, so that live following and a rebuild
 * from zero give the same row. A stream whose first event is not a hire has no view (undefined).
 */
export const evolveStaffView = (
  view: StaffView | undefined,
  event: StaffEvent,
  facts: EventFacts,
): StaffView | undefined => {
  const stamp = { version: facts.version, updatedAt: facts.recordedAt };
  if (event.type === 'StaffHired') {
    const { staffId, name, borough, role, fteHundredths, startedOn, registration } = event.data;
    return {
      staffId,
      name,
      borough,
      role,
      fteHundredths,
      startedOn,
      leftOn: null,
      leftReason: null,
      registration: registration ? { number: registration.number, registeredOn: registration.registeredOn } : null,
      systemicLevel: 0,
      currentEnrolment: null,
      waitlists: [],
      dualQualified: false,
      dualQualifiedOn: null,
      qualifications: [],
      ...stamp,
    };
  }
  if (!view) return undefined;
  return { ...evolveExisting(view, event), ...stamp };
};

const evolveExisting = (view: StaffView, event: Exclude<StaffEvent, { type: 'StaffHired' }>): StaffView => {
  switch (event.type) {
    case 'StaffDetailsChanged': {
      const { role, fteHundredths, borough } = event.data;
      return {
        ...view,
        role: role ?? view.role,
        fteHundredths: fteHundredths ?? view.fteHundredths,
        borough: borough ?? view.borough,
      };
    }
    case 'StaffLeft':
      return { ...view, leftOn: event.data.leftOn, leftReason: event.data.reason };
    case 'QualificationRecorded': {
      const { evidenceRef, achievedOn } = event.data;
      const base = { kind: event.data.kind, evidenceRef, achievedOn };
      switch (event.data.kind) {
        case 'social-work-registration': {
          const number = event.data.registrationNumber;
          return {
            ...view,
            registration: { number, registeredOn: achievedOn },
            qualifications: [...view.qualifications, { ...base, registrationNumber: number }],
          };
        }
        case 'systemic-level':
          // The level itself is raised by the SystemicLevelCompleted recorded with it.
          return { ...view, qualifications: [...view.qualifications, { ...base, level: event.data.level }] };
        case 'family-therapy':
          return { ...view, qualifications: [...view.qualifications, base] };
        default: {
          const _exhaustive: never = event.data;
          return _exhaustive;
        }
      }
    }
    case 'SocialWorkRegistrationLapsed':
      return { ...view, registration: null };
    case 'SystemicLevelCompleted':
      return { ...view, systemicLevel: Math.max(view.systemicLevel, event.data.level) as 0 | SystemicLevel };
    case 'EnrolmentStarted': {
      const { cohortId, level, status } = event.data;
      const waitlists = view.waitlists.filter((w) => w.cohortId !== cohortId);
      if (status === 'enrolled')
        return { ...view, waitlists, currentEnrolment: currentOf({ cohortId, level }, waitlists) };
      const joined = [...waitlists, { cohortId, level }];
      return { ...view, waitlists: joined, currentEnrolment: currentOf(heldPlace(view), joined) };
    }
    case 'EnrolmentEnded': {
      const { cohortId } = event.data;
      const waitlists = view.waitlists.filter((w) => w.cohortId !== cohortId);
      const held = heldPlace(view);
      return { ...view, waitlists, currentEnrolment: currentOf(held?.cohortId === cohortId ? null : held, waitlists) };
    }
    case 'DualQualificationAttained':
      return { ...view, dualQualified: true, dualQualifiedOn: event.data.on };
    case 'DualQualificationEnded':
      return { ...view, dualQualified: false, dualQualifiedOn: null };
    default: {
      const _exhaustive: never = event;
      return _exhaustive;
    }
  }
};

// A record keyed by every event type, so adding a staff event without listing it here fails to compile.
const STAFF_EVENT_TYPES: Record<StaffEvent['type'], true> = {
  StaffHired: true,
  StaffDetailsChanged: true,
  StaffLeft: true,
  QualificationRecorded: true,
  SocialWorkRegistrationLapsed: true,
  SystemicLevelCompleted: true,
  EnrolmentStarted: true,
  EnrolmentEnded: true,
  DualQualificationAttained: true,
  DualQualificationEnded: true,
};

/** True for the events this view follows: staff events on a person's stream, nothing else. */
export const isStaffEvent = (event: { streamId: string; type: string }): boolean =>
  event.streamId.startsWith('staff-') && Object.hasOwn(STAFF_EVENT_TYPES, event.type);
