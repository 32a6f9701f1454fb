import type { Borough, IsoDate, Role, SystemicLevel } from '../../shared/values.js';

/** Events of the `staff-<staffId>` stream. WTE is always integer hundredths (`fteHundredths: 60` = 0.6). */
export const staffStreamId = (staffId: string): string => `staff-${staffId}`;

/** The `cohortId` of a level completed elsewhere and recorded with evidence. */
export const PRIOR_LEARNING = 'prior-learning';

export interface SocialWorkRegistration {
  /** Social Work England number, `SW` + digits. */
  number: string;
  registeredOn: IsoDate;
}

export type Qualification =
  | { kind: 'social-work-registration'; registrationNumber: string }
  | { kind: 'systemic-level'; level: SystemicLevel }
  | { kind: 'family-therapy' };

export type QualificationKind = Qualification['kind'];

/** How an enrolment ended, as seen from the person; `removed-from-waitlist` when skipped at promotion. */
export type EnrolmentEnding = 'completed' | 'failed' | 'withdrawn' | 'deferred' | 'removed-from-waitlist';

export type StaffHired = {
  type: 'StaffHired';
  data: {
    staffId: string;
    name: string;
    borough: Borough;
    role: Role;
    fteHundredths: number;
    startedOn: IsoDate;
    registration?: SocialWorkRegistration;
  };
};

/** Only the fields that changed are present; at least one always is. */
export type StaffDetailsChanged = {
  type: 'StaffDetailsChanged';
  data: { staffId: string; effectiveOn: IsoDate; role?: Role; fteHundredths?: number; borough?: Borough };
};

export type StaffLeft = { type: 'StaffLeft'; data: { staffId: string; leftOn: IsoDate; reason: string } };

export type QualificationRecorded = {
  type: 'QualificationRecorded';
  data: { staffId: string; evidenceRef: string; achievedOn: IsoDate } & Qualification;
};

export type SocialWorkRegistrationLapsed = {
  type: 'SocialWorkRegistrationLapsed';
  data: { staffId: string; registrationNumber: string; lapsedOn: IsoDate; reason?: string };
};

/** `cohortId` is the cohort completed, or `PRIOR_LEARNING` for a level completed elsewhere. */
export type SystemicLevelCompleted = {
  type: 'SystemicLevelCompleted';
  data: { staffId: string; level: SystemicLevel; completedOn: IsoDate; cohortId: string };
};

/**
 * `status: 'waitlisted'` starts a place on a waiting list; a promotion starts the same cohort as
 * `enrolled`. The cohort's dates travel with it, so read models of the person's training need no
 * other stream (events recorded before they did have none).
 */
export type EnrolmentStarted = {
  type: 'EnrolmentStarted';
  data: {
    staffId: string;
    cohortId: string;
    level: SystemicLevel;
    status: 'enrolled' | 'waitlisted';
    on: IsoDate;
    cohortStartsOn?: IsoDate;
    cohortEndsOn?: IsoDate;
  };
};

export type EnrolmentEnded = {
  type: 'EnrolmentEnded';
  data: { staffId: string; cohortId: string; level: SystemicLevel; outcome: EnrolmentEnding; on: IsoDate };
};

/** `on` is the date both conditions first held together, not the date it was recorded. */
export type DualQualificationAttained = { type: 'DualQualificationAttained'; data: { staffId: string; on: IsoDate } };

export type DualQualificationEnded = {
  type: 'DualQualificationEnded';
  data: { staffId: string; on: IsoDate; reason: 'social-work-registration-lapsed' };
};

export type StaffEvent =
  | StaffHired
  | StaffDetailsChanged
  | StaffLeft
  | QualificationRecorded
  | SocialWorkRegistrationLapsed
  | SystemicLevelCompleted
  | EnrolmentStarted
  | EnrolmentEnded
  | DualQualificationAttained
  | DualQualificationEnded;

export type StaffEventType = StaffEvent['type'];
