import type { IsoDate } from '../../shared/values.js';
import type { OfstedRating, ParticipantGroup } from './centre.values.js';

/**
 * Events of the `centre-intake-<year>` stream: one intake of the Centre, keyed by the programme
 * year in which it starts. It holds what is decided across councils (applications, selection up
 * to the plan's number of councils, places by group) and the on-site support given to each.
 */
export const intakeStreamId = (year: number): string => `centre-intake-${year}`;

export type CentreCouncilApplied = {
  type: 'CentreCouncilApplied';
  data: {
    intakeYear: number;
    councilId: string;
    name: string;
    ofstedRating: OfstedRating;
    leadershipNotes: string;
    appliedOn: IsoDate;
  };
};

export type CentreCouncilSelected = {
  type: 'CentreCouncilSelected';
  data: { intakeYear: number; councilId: string; selectedOn: IsoDate; reason: string };
};

export type CentreCouncilDeclined = {
  type: 'CentreCouncilDeclined';
  data: { intakeYear: number; councilId: string; declinedOn: IsoDate; reason: string };
};

/** A place of the council's taken by a participant; who they are is on the participant's own stream. */
export type CentrePlaceTaken = {
  type: 'CentrePlaceTaken';
  data: {
    intakeYear: number;
    councilId: string;
    participantId: string;
    group: ParticipantGroup;
    registeredOn: IsoDate;
  };
};

/** A day (or part of one) a Triborough staff member spent on site at the council. */
export type CentreOnSiteSupportGiven = {
  type: 'CentreOnSiteSupportGiven';
  data: { intakeYear: number; councilId: string; staffId: string; on: IsoDate; hoursHundredths: number };
};

export type IntakeEvent =
  CentreCouncilApplied | CentreCouncilSelected | CentreCouncilDeclined | CentrePlaceTaken | CentreOnSiteSupportGiven;

export type IntakeEventType = IntakeEvent['type'];
