import type { Decider } from '../../shared/decider.js';
import { conflict, DomainError, invalid, notFound } from '../../shared/domain-error.js';
import { requireCentreDate, requireFromIntakeStart, requireText } from './centre.guards.js';
import type { CompleteParticipant, ParticipantCommand, RegisterParticipant } from './participant.commands.js';
import type { ParticipantEvent } from './participant.events.js';
import {
  evolveParticipant,
  initialParticipantState,
  lastAttendedOn,
  type ParticipantState,
} from './participant.state.js';

export const requireParticipant = (state: ParticipantState, participantId: string): void => {
  if (state.status === 'none') throw notFound('CENTRE.PARTICIPANT_NOT_FOUND', `no participant ${participantId}`);
};

export const requireNotCompleted = (state: ParticipantState): void => {
  if (state.status === 'completed') {
    throw new DomainError(
      'CENTRE.PARTICIPANT_COMPLETED',
      `participant ${state.participantId} completed on ${state.completedOn}`,
      'rule',
      { participantId: state.participantId },
    );
  }
};

const register = (command: RegisterParticipant, state: ParticipantState): ParticipantEvent[] => {
  if (state.status !== 'none') {
    throw conflict('CENTRE.PARTICIPANT_EXISTS', `participant ${command.participantId} is already registered`);
  }
  const name = requireText(command.name, 'CENTRE.INVALID_NAME', 'name');
  if (!Number.isSafeInteger(command.feePence) || command.feePence < 0) {
    throw invalid('CENTRE.INVALID_FEE', 'a fee is a whole number of pence, 0 or more');
  }
  const { participantId, intakeYear, councilId, group, registeredOn, feePence, intakeStartsOn } = command;
  return [
    {
      type: 'CentreParticipantRegistered',
      data: { participantId, intakeYear, councilId, group, name, registeredOn, feePence, intakeStartsOn },
    },
  ];
};

/** Completion closes the participant's record: it follows every day attended and takes no more. */
const complete = (command: CompleteParticipant, state: ParticipantState): ParticipantEvent[] => {
  requireParticipant(state, command.participantId);
  requireNotCompleted(state);
  const on = requireCentreDate(command.on, 'on');
  requireFromIntakeStart(on, state.intakeStartsOn, 'on');
  const last = lastAttendedOn(state);
  if (last !== undefined && on < last) {
    throw new DomainError('CENTRE.DATE_BEFORE_ATTENDANCE', `on ${on} is before the last day attended, ${last}`);
  }
  return [{ type: 'CentreParticipantCompleted', data: { participantId: state.participantId, completedOn: on } }];
};

export const decideParticipant = (command: ParticipantCommand, state: ParticipantState): ParticipantEvent[] => {
  switch (command.type) {
    case 'RegisterParticipant':
      return register(command, state);
    case 'CompleteParticipant':
      return complete(command, state);
    default: {
      const _exhaustive: never = command;
      throw invalid('CENTRE.UNKNOWN_COMMAND', `unknown command ${JSON.stringify(_exhaustive)}`);
    }
  }
};

/** Attendance spans the participant and the intake: see `attendance.decider.ts`. */
export const participantDecider: Decider<ParticipantCommand, ParticipantState, ParticipantEvent> = {
  initialState: initialParticipantState,
  evolve: evolveParticipant,
  decide: decideParticipant,
};
