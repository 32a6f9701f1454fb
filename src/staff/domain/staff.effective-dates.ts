import type { IsoDate } from '../../shared/values.js';
import type { StaffEvent, StaffEventType } from './staff.events.js';

type DataOf<T extends StaffEventType> = Extract<StaffEvent, { type: T }>['data'];

/**
 * The business date from which each staff event holds: the earliest day it changes in any
 * read model. "As at d" views fold exactly the events dated d or earlier. Keyed by every event
 * type, so a new event cannot be added without saying when it takes effect.
 */
export const STAFF_EFFECTIVE_DATES: { [T in StaffEventType]: (data: DataOf<T>) => IsoDate } = {
  StaffHired: (d) => d.startedOn,
  StaffDetailsChanged: (d) => d.effectiveOn,
  StaffLeft: (d) => d.leftOn,
  QualificationRecorded: (d) => d.achievedOn,
  SocialWorkRegistrationLapsed: (d) => d.lapsedOn,
  SystemicLevelCompleted: (d) => d.completedOn,
  EnrolmentStarted: (d) => d.on,
  EnrolmentEnded: (d) => d.on,
  DualQualificationAttained: (d) => d.on,
  DualQualificationEnded: (d) => d.on,
};
