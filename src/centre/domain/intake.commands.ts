import type { IsoDate } from '../../shared/values.js';
import type { IntakeTerms } from './intake-terms.js';

/**
 * Commands on one intake. Each carries the intake's terms from the plan in force (undefined when
 * the plan has no such intake). Ratings, groups and texts are typed loosely because they arrive
 * from outside; the decider checks them and answers with a coded error.
 */
interface OnIntake {
  intakeYear: number;
  terms: IntakeTerms | undefined;
}

export type ApplyToIntake = OnIntake & {
  type: 'ApplyToIntake';
  councilId: string;
  name: string;
  ofstedRating: string;
  leadershipNotes: string;
  appliedOn: IsoDate;
};

export type SelectCouncil = OnIntake & { type: 'SelectCouncil'; councilId: string; on: IsoDate; reason: string };

export type DeclineCouncil = OnIntake & { type: 'DeclineCouncil'; councilId: string; on: IsoDate; reason: string };

/** Places for new participants of one council; their own streams are decided by the participant decider. */
export type TakePlaces = OnIntake & {
  type: 'TakePlaces';
  councilId: string;
  registeredOn: IsoDate;
  participants: { participantId: string; group: string }[];
};

export type IntakeCommand = ApplyToIntake | SelectCouncil | DeclineCouncil | TakePlaces;

/** Decided by `decideOnSiteSupport` over the intake and the staff member who gave it. */
export type RecordOnSiteSupport = OnIntake & {
  type: 'RecordOnSiteSupport';
  councilId: string;
  staffId: string;
  on: IsoDate;
  /** Hundredths of an hour; the plan's day when absent. */
  hoursHundredths?: number;
};
