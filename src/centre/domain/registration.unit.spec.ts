import { given } from '../../../test/support/given-when-then.js';
import { applied, placeTaken, registered, selectedCouncil, terms, YEAR } from './centre.fixtures.js';
import type { TakePlaces } from './intake.commands.js';
import { intakeDecider } from './intake.decider.js';
import type { RegisterParticipant } from './participant.commands.js';
import { participantDecider } from './participant.decider.js';

const take = (participants: TakePlaces['participants'], overrides: Partial<TakePlaces> = {}): TakePlaces => ({
  type: 'TakePlaces',
  intakeYear: YEAR,
  terms: terms(),
  councilId: 'c1',
  registeredOn: '2017-03-01',
  participants,
  ...overrides,
});
const practitioners = (n: number, from = 0) =>
  Array.from({ length: n }, (_, i) => ({ participantId: `p${from + i}`, group: 'practitioner' }));

describe('places for a council of the intake', () => {
  it('takes one place per participant, by group', () => {
    given(intakeDecider, selectedCouncil())
      .when(
        take([
          { participantId: 'p1', group: 'practitioner' },
          { participantId: 'p2', group: 'practice-leader' },
        ]),
      )
      .then([placeTaken('p1'), placeTaken('p2', 'practice-leader')]);
  });

  it("refuses more of a group than the plan's places per council, counting those already taken", () => {
    const history = [...selectedCouncil(), ...practitioners(18).map((p) => placeTaken(p.participantId))];
    const error = given(intakeDecider, history)
      .when(take(practitioners(3, 18)))
      .thenThrows('CENTRE.PLACES_FULL', 'rule');
    expect(error.details).toEqual({ group: 'practitioner', places: 20, taken: 18, asked: 3 });
    expect(
      intakeDecider.decide(
        take(practitioners(2, 18)),
        history.reduce(intakeDecider.evolve, intakeDecider.initialState),
      ),
    ).toHaveLength(2);
  });

  it('fills the 33 places of each council: 20 practitioners, 8 frontline managers, 5 practice leaders', () => {
    const group = (name: string, n: number) =>
      Array.from({ length: n }, (_, i) => ({ participantId: `${name}${i}`, group: name }));
    const all = [...group('practitioner', 20), ...group('frontline-manager', 8), ...group('practice-leader', 5)];
    expect(
      intakeDecider.decide(take(all), selectedCouncil().reduce(intakeDecider.evolve, intakeDecider.initialState)),
    ).toHaveLength(33);
    given(intakeDecider, selectedCouncil())
      .when(take([...all, { participantId: 'x', group: 'frontline-manager' }]))
      .thenThrows('CENTRE.PLACES_FULL');
  });

  it('takes participants only from a selected council, from its selection until the year ends', () => {
    given(intakeDecider, [applied()])
      .when(take(practitioners(1)))
      .thenThrows('CENTRE.COUNCIL_NOT_SELECTED', 'rule');
    given(intakeDecider, selectedCouncil())
      .when(take(practitioners(1), { registeredOn: '2017-01-19' }))
      .thenThrows('CENTRE.DATE_BEFORE_SELECTION');
    given(intakeDecider, selectedCouncil())
      .when(take(practitioners(1), { registeredOn: '2018-04-01' }))
      .thenThrows('CENTRE.INTAKE_OVER');
  });

  it('refuses an unknown group and an empty list', () => {
    given(intakeDecider, selectedCouncil())
      .when(take([{ participantId: 'p1', group: 'director' }]))
      .thenThrows('CENTRE.INVALID_GROUP', 'invalid');
    given(intakeDecider, selectedCouncil()).when(take([])).thenThrows('CENTRE.NO_PARTICIPANTS', 'invalid');
  });
});

describe('registering a participant', () => {
  const register = (overrides: Partial<RegisterParticipant> = {}): RegisterParticipant => {
    const { participantId, intakeYear, councilId, group, name, registeredOn, feePence, intakeStartsOn } =
      registered('p1').data;
    const base = { participantId, intakeYear, councilId, group, name, registeredOn, feePence, intakeStartsOn };
    return { type: 'RegisterParticipant', ...base, ...overrides };
  };

  it("records the participant, their name and the plan's fee for the intake's year", () => {
    given(participantDecider, [])
      .when(register({ name: ' Ruth Example ' }))
      .then([registered('p1')]);
  });

  it('needs a name, and registers a participant once', () => {
    given(participantDecider, [])
      .when(register({ name: '' }))
      .thenThrows('CENTRE.INVALID_NAME', 'invalid');
    given(participantDecider, [registered('p1')])
      .when(register())
      .thenThrows('CENTRE.PARTICIPANT_EXISTS', 'conflict');
  });
});
