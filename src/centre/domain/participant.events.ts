import type { Borough, IsoDate } from '../../shared/values.js';
import type { ParticipantGroup } from './centre.values.js';

/**
 * Events of the `centre-participant-<participantId>` stream: one member of another council's
 * staff on a Centre course. Participants are not Triborough staff and have no staff stream.
 *
 * Personal data: `CentreParticipantRegistered.data.name` is the only personal field.
 */
export const participantStreamId = (participantId: string): string => `centre-participant-${participantId}`;

/**
 * The fee is the plan's for the intake's year when the participant was registered, so an invoice
 * does not change when a later plan revision changes fees; the intake's start travels with it
 * so the participant's own stream can check attendance dates.
 */
export type CentreParticipantRegistered = {
  type: 'CentreParticipantRegistered';
  data: {
    participantId: string;
    intakeYear: number;
    councilId: string;
    group: ParticipantGroup;
    name: string;
    registeredOn: IsoDate;
    feePence: number;
    intakeStartsOn: IsoDate;
  };
};

export type AttendanceDetails =
  | { kind: 'classroom' }
  /** Embedded in a Triborough service: which one, and in which borough. */
  | { kind: 'embedded'; service: string; borough: Borough }
  /** A session of on-site support at the participant's council, given by this Triborough staff member. */
  | { kind: 'on-site'; staffId: string };

export type CentreAttendanceRecorded = {
  type: 'CentreAttendanceRecorded';
  data: { participantId: string; on: IsoDate } & AttendanceDetails;
};

export type CentreParticipantCompleted = {
  type: 'CentreParticipantCompleted';
  data: { participantId: string; completedOn: IsoDate };
};

export type ParticipantEvent = CentreParticipantRegistered | CentreAttendanceRecorded | CentreParticipantCompleted;

export type ParticipantEventType = ParticipantEvent['type'];
