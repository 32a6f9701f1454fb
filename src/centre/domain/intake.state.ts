import type { IsoDate } from '../../shared/values.js';
import { noPlaces, type OfstedRating, type ParticipantGroup } from './centre.values.js';
import type { IntakeEvent } from './intake.events.js';

export interface IntakeCouncil {
  councilId: string;
  name: string;
  ofstedRating: OfstedRating;
  status: 'applied' | 'selected' | 'declined';
  appliedOn: IsoDate;
  decidedOn?: IsoDate;
  /** Places taken, by group. */
  taken: Record<ParticipantGroup, number>;
  /** Participants registered here. */
  participants: string[];
  /** `staffId|on` of every day of on-site support given here. */
  onSite: string[];
}

export interface IntakeState {
  councils: Record<string, IntakeCouncil>;
}

export const initialIntakeState: IntakeState = { councils: {} };

export const onSiteKey = (staffId: string, on: IsoDate): string => `${staffId}|${on}`;

const withCouncil = (state: IntakeState, councilId: string, change: (c: IntakeCouncil) => IntakeCouncil) => {
  const council = state.councils[councilId];
  return council ? { councils: { ...state.councils, [councilId]: change(council) } } : state;
};

export const evolveIntake = (state: IntakeState, event: IntakeEvent): IntakeState => {
  switch (event.type) {
    case 'CentreCouncilApplied': {
      const { councilId, name, ofstedRating, appliedOn } = event.data;
      const council: IntakeCouncil = {
        councilId,
        name,
        ofstedRating,
        status: 'applied',
        appliedOn,
        taken: noPlaces(),
        participants: [],
        onSite: [],
      };
      return { councils: { ...state.councils, [councilId]: council } };
    }
    case 'CentreCouncilSelected':
      return withCouncil(state, event.data.councilId, (c) => ({
        ...c,
        status: 'selected',
        decidedOn: event.data.selectedOn,
      }));
    case 'CentreCouncilDeclined':
      return withCouncil(state, event.data.councilId, (c) => ({
        ...c,
        status: 'declined',
        decidedOn: event.data.declinedOn,
      }));
    case 'CentrePlaceTaken': {
      const { councilId, group, participantId } = event.data;
      return withCouncil(state, councilId, (c) => ({
        ...c,
        taken: { ...c.taken, [group]: c.taken[group] + 1 },
        participants: [...c.participants, participantId],
      }));
    }
    case 'CentreOnSiteSupportGiven': {
      const { councilId, staffId, on } = event.data;
      return withCouncil(state, councilId, (c) => ({ ...c, onSite: [...c.onSite, onSiteKey(staffId, on)] }));
    }
    default: {
      const _exhaustive: never = event;
      return _exhaustive;
    }
  }
};

export const selectedCount = (state: IntakeState): number =>
  Object.values(state.councils).filter((c) => c.status === 'selected').length;
