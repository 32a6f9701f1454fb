import type { IsoDate, SystemicLevel } from '../../shared/values.js';
import {
  PRIOR_LEARNING,
  type DualQualificationAttained,
  type EnrolmentEnded,
  type EnrolmentEnding,
  type EnrolmentStarted,
  type QualificationRecorded,
  type StaffHired,
  type StaffLeft,
  type SystemicLevelCompleted,
} from './staff.events.js';

/** Event builders for specs: a person's history reads as a list of facts. */

export const hired = (staffId = 'ana', overrides: Partial<StaffHired['data']> = {}): StaffHired => ({
  type: 'StaffHired',
  data: {
    staffId,
    name: `Person ${staffId}`,
    borough: 'LBHF',
    role: 'social-worker',
    fteHundredths: 100,
    startedOn: '2016-04-01',
    ...overrides,
  },
});

export const left = (staffId = 'ana', leftOn: IsoDate = '2017-01-31'): StaffLeft => ({
  type: 'StaffLeft',
  data: { staffId, leftOn, reason: 'moved away' },
});

export const registered = (
  staffId = 'ana',
  achievedOn: IsoDate = '2016-05-01',
  registrationNumber = 'SW100001',
): QualificationRecorded => ({
  type: 'QualificationRecorded',
  data: { staffId, evidenceRef: 'SWE register', achievedOn, kind: 'social-work-registration', registrationNumber },
});

export const familyTherapyQualified = (staffId = 'ana', achievedOn: IsoDate = '2015-07-01'): QualificationRecorded => ({
  type: 'QualificationRecorded',
  data: { staffId, evidenceRef: 'AFT certificate', achievedOn, kind: 'family-therapy' },
});

export const levelCompleted = (
  level: SystemicLevel,
  completedOn: IsoDate,
  cohortId: string = PRIOR_LEARNING,
  staffId = 'ana',
): SystemicLevelCompleted => ({ type: 'SystemicLevelCompleted', data: { staffId, level, completedOn, cohortId } });

/** Levels 1..upTo completed by prior learning, a year apart from 2010. */
export const levelsUpTo = (upTo: number, staffId = 'ana'): SystemicLevelCompleted[] =>
  [1, 2, 3, 4]
    .filter((level) => level <= upTo)
    .map((level) => levelCompleted(level as SystemicLevel, `${2009 + level}-07-01`, PRIOR_LEARNING, staffId));

export const enrolmentStarted = (
  cohortId: string,
  level: SystemicLevel,
  on: IsoDate,
  status: 'enrolled' | 'waitlisted' = 'enrolled',
  staffId = 'ana',
  run: { cohortStartsOn: IsoDate; cohortEndsOn: IsoDate } = {
    cohortStartsOn: '2016-09-01',
    cohortEndsOn: '2017-07-31',
  },
): EnrolmentStarted => ({ type: 'EnrolmentStarted', data: { staffId, cohortId, level, status, on, ...run } });

export const enrolmentEnded = (
  cohortId: string,
  level: SystemicLevel,
  outcome: EnrolmentEnding,
  on: IsoDate,
  staffId = 'ana',
): EnrolmentEnded => ({ type: 'EnrolmentEnded', data: { staffId, cohortId, level, outcome, on } });

export const dualAttained = (on: IsoDate, staffId = 'ana'): DualQualificationAttained => ({
  type: 'DualQualificationAttained',
  data: { staffId, on },
});
