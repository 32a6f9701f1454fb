import type { Decider } from '../../shared/decider.js';
import { conflict, DomainError, invalid } from '../../shared/domain-error.js';
import { isNonEmptyText, isSystemicLevel } from '../../shared/values.js';
import type {
  ChangeStaffDetails,
  HireStaff,
  RecordLeaving,
  RecordQualification,
  RecordRegistrationLapse,
  StaffCommand,
} from './staff.commands.js';
import { withDualQualification } from './dual-qualification.js';
import { PRIOR_LEARNING, type StaffDetailsChanged, type StaffEvent } from './staff.events.js';
import {
  requireActive,
  requireBorough,
  requireDate,
  requireFteHundredths,
  requireOnOrAfterStart,
  requireRegistrationNumber,
  requireRole,
} from './staff.guards.js';
import { evolveStaff, hasCompletedLevel, initialStaffState, type StaffState } from './staff.state.js';

const hire = (command: HireStaff, state: StaffState): StaffEvent[] => {
  if (state.status !== 'none') throw conflict('STAFF.ALREADY_HIRED', `Staff ${command.staffId} is already hired`);
  if (!isNonEmptyText(command.name)) throw invalid('STAFF.INVALID_NAME', 'name is required');
  const borough = requireBorough(command.borough);
  const role = requireRole(command.role);
  const fteHundredths = requireFteHundredths(command.fte);
  const startedOn = requireDate(command.startedOn, 'startedOn');
  const registration = command.registration && {
    number: requireRegistrationNumber(command.registration.number),
    registeredOn: requireDate(command.registration.registeredOn, 'registration.registeredOn'),
  };
  const data = { staffId: command.staffId, name: command.name.trim(), borough, role, fteHundredths, startedOn };
  return [{ type: 'StaffHired', data: registration ? { ...data, registration } : data }];
};

/** Changes apply in date order: a change dated before the last one would rewrite the present. */
const requireNotBeforeLastChange = (state: StaffState, date: string, field: string): void => {
  requireOnOrAfterStart(state, date, field);
  if (date < state.effectiveOn) {
    throw new DomainError(
      'STAFF.EFFECTIVE_BEFORE_LAST_CHANGE',
      `${field} ${date} is before the last change, effective ${state.effectiveOn}`,
    );
  }
};

const changeDetails = (command: ChangeStaffDetails, state: StaffState): StaffEvent[] => {
  requireActive(state);
  const effectiveOn = requireDate(command.effectiveOn, 'effectiveOn');
  const changed: StaffDetailsChanged['data'] = { staffId: state.staffId, effectiveOn };
  if (command.role !== undefined) {
    const role = requireRole(command.role);
    if (role !== state.role) changed.role = role;
  }
  if (command.fte !== undefined) {
    const fteHundredths = requireFteHundredths(command.fte);
    if (fteHundredths !== state.fteHundredths) changed.fteHundredths = fteHundredths;
  }
  if (command.borough !== undefined) {
    const borough = requireBorough(command.borough);
    if (borough !== state.borough) changed.borough = borough;
  }
  if (Object.keys(changed).length === 2) {
    throw new DomainError('STAFF.NO_CHANGE', 'role, fte and borough are already as given');
  }
  requireNotBeforeLastChange(state, effectiveOn, 'effectiveOn');
  return [{ type: 'StaffDetailsChanged', data: changed }];
};

const recordLeaving = (command: RecordLeaving, state: StaffState): StaffEvent[] => {
  requireActive(state);
  const leftOn = requireDate(command.leftOn, 'leftOn');
  if (!isNonEmptyText(command.reason)) throw invalid('STAFF.INVALID_REASON', 'a reason for leaving is required');
  requireNotBeforeLastChange(state, leftOn, 'leftOn');
  return [{ type: 'StaffLeft', data: { staffId: state.staffId, leftOn, reason: command.reason.trim() } }];
};

const recordQualification = (command: RecordQualification, state: StaffState): StaffEvent[] => {
  requireActive(state);
  const achievedOn = requireDate(command.achievedOn, 'achievedOn');
  if (!isNonEmptyText(command.evidenceRef))
    throw invalid('STAFF.INVALID_EVIDENCE', 'an evidence reference is required');
  const base = { staffId: state.staffId, evidenceRef: command.evidenceRef.trim(), achievedOn };
  const qualification = command.qualification;
  // Qualifications may predate the hire: prior learning is exactly that.
  switch (qualification?.kind) {
    case 'social-work-registration': {
      const registrationNumber = requireRegistrationNumber(qualification.registrationNumber);
      if (state.registration) {
        throw new DomainError('STAFF.ALREADY_REGISTERED', `already registered as ${state.registration.number}`);
      }
      const recorded: StaffEvent = {
        type: 'QualificationRecorded',
        data: { ...base, kind: qualification.kind, registrationNumber },
      };
      return withDualQualification(state, [recorded], achievedOn);
    }
    case 'systemic-level': {
      const level = qualification.level;
      if (!isSystemicLevel(level)) throw invalid('STAFF.INVALID_LEVEL', 'a systemic level is 1, 2, 3 or 4');
      if (hasCompletedLevel(state, level)) {
        throw new DomainError('TRAINING.LEVEL_ALREADY_COMPLETED', `level ${level} is already completed`);
      }
      return withDualQualification(
        state,
        [
          { type: 'QualificationRecorded', data: { ...base, kind: qualification.kind, level } },
          {
            type: 'SystemicLevelCompleted',
            data: { staffId: state.staffId, level, completedOn: achievedOn, cohortId: PRIOR_LEARNING },
          },
        ],
        achievedOn,
      );
    }
    case 'family-therapy': {
      if (state.familyTherapyOn !== undefined) {
        throw new DomainError(
          'STAFF.QUALIFICATION_ALREADY_RECORDED',
          'a family-therapy qualification is already recorded',
        );
      }
      const recorded: StaffEvent = { type: 'QualificationRecorded', data: { ...base, kind: qualification.kind } };
      return withDualQualification(state, [recorded], achievedOn);
    }
    default: {
      const _exhaustive: never = qualification;
      throw invalid('STAFF.INVALID_QUALIFICATION', `unknown qualification ${JSON.stringify(_exhaustive)}`);
    }
  }
};

const recordRegistrationLapse = (command: RecordRegistrationLapse, state: StaffState): StaffEvent[] => {
  requireActive(state);
  const lapsedOn = requireDate(command.lapsedOn, 'lapsedOn');
  const registration = state.registration;
  if (!registration) throw new DomainError('STAFF.NOT_REGISTERED', 'there is no current registration to lapse');
  if (lapsedOn < registration.registeredOn) {
    throw new DomainError('STAFF.LAPSE_BEFORE_REGISTRATION', `registered on ${registration.registeredOn}`);
  }
  const reason = isNonEmptyText(command.reason) ? { reason: command.reason.trim() } : {};
  const lapsed: StaffEvent = {
    type: 'SocialWorkRegistrationLapsed',
    data: { staffId: state.staffId, registrationNumber: registration.number, lapsedOn, ...reason },
  };
  return withDualQualification(state, [lapsed], lapsedOn);
};

export const decideStaff = (command: StaffCommand, state: StaffState): StaffEvent[] => {
  switch (command.type) {
    case 'HireStaff':
      return hire(command, state);
    case 'ChangeStaffDetails':
      return changeDetails(command, state);
    case 'RecordLeaving':
      return recordLeaving(command, state);
    case 'RecordQualification':
      return recordQualification(command, state);
    case 'RecordRegistrationLapse':
      return recordRegistrationLapse(command, state);
    default: {
      const _exhaustive: never = command;
      throw invalid('STAFF.UNKNOWN_COMMAND', `unknown command ${JSON.stringify(_exhaustive)}`);
    }
  }
};

export const staffDecider: Decider<StaffCommand, StaffState, StaffEvent> = {
  initialState: initialStaffState,
  evolve: evolveStaff,
  decide: decideStaff,
};
