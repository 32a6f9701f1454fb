import type { IsoDate } from '../../shared/values.js';
import type { ParticipantGroup } from './centre.values.js';

/** Registers a participant whose place the intake has just given (see `TakePlaces`). */
export type RegisterParticipant = {
  type: 'RegisterParticipant';
  participantId: string;
  intakeYear: number;
  councilId: string;
  group: ParticipantGroup;
  name: string;
  registeredOn: IsoDate;
  feePence: number;
  intakeStartsOn: IsoDate;
};

export type CompleteParticipant = { type: 'CompleteParticipant'; participantId: string; on: IsoDate };

export type ParticipantCommand = RegisterParticipant | CompleteParticipant;

/**
 * A day attended, decided by `decideAttendance` over the participant and their intake. Kind and
 * the fields that go with it are typed loosely, as they arrive from outside.
 */
export type RecordAttendance = {
  type: 'RecordAttendance';
  participantId: string;
  intakeYear: number;
  on: IsoDate;
  kind: string;
  service?: string;
  borough?: string;
  staffId?: string;
};
