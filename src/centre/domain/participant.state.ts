import type { IsoDate } from '../../shared/values.js';
import type { ParticipantGroup } from './centre.values.js';
import type { ParticipantEvent } from './participant.events.js';

export interface ParticipantState {
  status: 'none' | 'registered' | 'completed';
  participantId: string;
  intakeYear: number;
  councilId: string;
  group: ParticipantGroup;
  registeredOn: IsoDate;
  intakeStartsOn: IsoDate;
  /** Every day attended: one record a day. */
  attendedOn: IsoDate[];
  completedOn?: IsoDate;
}

export const initialParticipantState: ParticipantState = {
  status: 'none',
  participantId: '',
  intakeYear: 0,
  councilId: '',
  group: 'practitioner',
  registeredOn: '',
  intakeStartsOn: '',
  attendedOn: [],
};

export const evolveParticipant = (state: ParticipantState, event: ParticipantEvent): ParticipantState => {
  switch (event.type) {
    case 'CentreParticipantRegistered': {
      const { participantId, intakeYear, councilId, group, registeredOn, intakeStartsOn } = event.data;
      return {
        ...initialParticipantState,
        status: 'registered',
        participantId,
        intakeYear,
        councilId,
        group,
        registeredOn,
        intakeStartsOn,
      };
    }
    case 'CentreAttendanceRecorded':
      return { ...state, attendedOn: [...state.attendedOn, event.data.on] };
    case 'CentreParticipantCompleted':
      return { ...state, status: 'completed', completedOn: event.data.completedOn };
    default: {
      const _exhaustive: never = event;
      return _exhaustive;
    }
  }
};

/** The latest day attended, or undefined before any. */
export const lastAttendedOn = (state: ParticipantState): IsoDate | undefined =>
  state.attendedOn.reduce<IsoDate | undefined>(
    (latest, on) => (latest === undefined || on > latest ? on : latest),
    undefined,
  );
