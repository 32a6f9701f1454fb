import type { Decider } from '../../shared/decider.js';
import { conflict, DomainError, invalid } from '../../shared/domain-error.js';
import { INELIGIBLE_RATINGS, isOfstedRating, isParticipantGroup, noPlaces } from './centre.values.js';
import { requireCentreDate, requireCouncil, requireSelected, requireTerms, requireText } from './centre.guards.js';
import type { ApplyToIntake, DeclineCouncil, IntakeCommand, SelectCouncil, TakePlaces } from './intake.commands.js';
import type { IntakeTerms } from './intake-terms.js';
import type { IntakeEvent } from './intake.events.js';
import { evolveIntake, initialIntakeState, selectedCount, type IntakeState } from './intake.state.js';

const requireOpen = (on: string, terms: IntakeTerms, doing: string): void => {
  if (on > terms.selectionClosesOn) {
    throw new DomainError(
      'CENTRE.SELECTION_CLOSED',
      `selection for the year ${terms.year} intake closed on ${terms.selectionClosesOn}: cannot ${doing} on ${on}`,
      'rule',
      { selectionClosesOn: terms.selectionClosesOn },
    );
  }
};

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

const apply = (command: ApplyToIntake, state: IntakeState): IntakeEvent[] => {
  const terms = requireTerms(command.terms, command.intakeYear);
  const { councilId } = command;
  if (Object.hasOwn(state.councils, councilId)) {
    throw conflict('CENTRE.COUNCIL_EXISTS', `council ${councilId} has already applied`);
  }
  const name = requireText(command.name, 'CENTRE.INVALID_NAME', 'name');
  const leadershipNotes = requireText(command.leadershipNotes, 'CENTRE.INVALID_NOTES', 'leadershipNotes');
  if (!isOfstedRating(command.ofstedRating)) {
    throw invalid(
      'CENTRE.INVALID_RATING',
      'ofstedRating must be outstanding, good, requires-improvement or inadequate',
    );
  }
  const appliedOn = requireCentreDate(command.appliedOn, 'appliedOn');
  if (INELIGIBLE_RATINGS.includes(command.ofstedRating)) {
    throw new DomainError(
      'CENTRE.COUNCIL_INELIGIBLE',
      `${name} is rated ${command.ofstedRating}: councils so rated are not eligible for the Centre`,
      'rule',
      { ofstedRating: command.ofstedRating },
    );
  }
  requireOpen(appliedOn, terms, 'apply');
  const twin = Object.values(state.councils).find((c) => sameName(c.name, name));
  if (twin) {
    throw conflict(
      'CENTRE.COUNCIL_ALREADY_APPLIED',
      `${twin.name} has already applied to this intake (${twin.councilId})`,
    );
  }
  const { ofstedRating } = command;
  return [
    {
      type: 'CentreCouncilApplied',
      data: { intakeYear: terms.year, councilId, name, ofstedRating, leadershipNotes, appliedOn },
    },
  ];
};

/** A decision on an application: once, dated from the application until selection closes. */
const decision = (command: SelectCouncil | DeclineCouncil, state: IntakeState) => {
  const terms = requireTerms(command.terms, command.intakeYear);
  const council = requireCouncil(state, command.councilId, terms.year);
  const on = requireCentreDate(command.on, 'on');
  const reason = requireText(command.reason, 'CENTRE.INVALID_REASON', 'reason');
  if (council.status !== 'applied') {
    throw new DomainError('CENTRE.ALREADY_DECIDED', `${council.name} was already ${council.status}`);
  }
  if (on < council.appliedOn) {
    throw new DomainError(
      'CENTRE.DATE_BEFORE_APPLICATION',
      `on ${on} is before ${council.name} applied on ${council.appliedOn}`,
    );
  }
  requireOpen(on, terms, command.type === 'SelectCouncil' ? 'select' : 'decline');
  return { terms, council, on, reason };
};

const select = (command: SelectCouncil, state: IntakeState): IntakeEvent[] => {
  const { terms, council, on, reason } = decision(command, state);
  if (selectedCount(state) >= terms.councils) {
    throw new DomainError(
      'CENTRE.INTAKE_FULL',
      `the year ${terms.year} intake already has the ${terms.councils} councils the plan provides for`,
      'rule',
      { councils: terms.councils },
    );
  }
  const data = { intakeYear: terms.year, councilId: council.councilId, selectedOn: on, reason };
  return [{ type: 'CentreCouncilSelected', data }];
};

const decline = (command: DeclineCouncil, state: IntakeState): IntakeEvent[] => {
  const { terms, council, on, reason } = decision(command, state);
  const data = { intakeYear: terms.year, councilId: council.councilId, declinedOn: on, reason };
  return [{ type: 'CentreCouncilDeclined', data }];
};

const takePlaces = (command: TakePlaces, state: IntakeState): IntakeEvent[] => {
  const terms = requireTerms(command.terms, command.intakeYear);
  const council = requireCouncil(state, command.councilId, terms.year);
  requireSelected(council);
  const registeredOn = requireCentreDate(command.registeredOn, 'registeredOn');
  if (command.participants.length === 0) throw invalid('CENTRE.NO_PARTICIPANTS', 'participants must not be empty');
  if (registeredOn < council.decidedOn!) {
    throw new DomainError(
      'CENTRE.DATE_BEFORE_SELECTION',
      `registeredOn ${registeredOn} is before ${council.name} was selected on ${council.decidedOn}`,
    );
  }
  if (registeredOn > terms.yearEndsOn) {
    throw new DomainError('CENTRE.INTAKE_OVER', `the year ${terms.year} intake ended on ${terms.yearEndsOn}`);
  }
  const asked = noPlaces();
  for (const { group } of command.participants) {
    if (!isParticipantGroup(group)) {
      throw invalid('CENTRE.INVALID_GROUP', 'group must be practitioner, frontline-manager or practice-leader');
    }
    asked[group] += 1;
  }
  for (const group of Object.keys(asked) as (keyof typeof asked)[]) {
    const places = terms.placesPerCouncil[group];
    if (asked[group] > 0 && council.taken[group] + asked[group] > places) {
      throw new DomainError(
        'CENTRE.PLACES_FULL',
        `${council.name} has ${places} ${group} places, ${council.taken[group]} taken: ${asked[group]} more do not fit`,
        'rule',
        { group, places, taken: council.taken[group], asked: asked[group] },
      );
    }
  }
  return command.participants.map(({ participantId, group }) => ({
    type: 'CentrePlaceTaken' as const,
    data: {
      intakeYear: terms.year,
      councilId: council.councilId,
      participantId,
      group: group as keyof typeof asked,
      registeredOn,
    },
  }));
};

export const decideIntake = (command: IntakeCommand, state: IntakeState): IntakeEvent[] => {
  switch (command.type) {
    case 'ApplyToIntake':
      return apply(command, state);
    case 'SelectCouncil':
      return select(command, state);
    case 'DeclineCouncil':
      return decline(command, state);
    case 'TakePlaces':
      return takePlaces(command, state);
    default: {
      const _exhaustive: never = command;
      throw invalid('CENTRE.UNKNOWN_COMMAND', `unknown command ${JSON.stringify(_exhaustive)}`);
    }
  }
};

/** On-site support spans the intake and a staff member: see `on-site-support.decider.ts`. */
export const intakeDecider: Decider<IntakeCommand, IntakeState, IntakeEvent> = {
  initialState: initialIntakeState,
  evolve: evolveIntake,
  decide: decideIntake,
};
