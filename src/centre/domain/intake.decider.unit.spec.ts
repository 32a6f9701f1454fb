import { given } from '../../../test/support/given-when-then.js';
import { applied, declined, selected, selectedCouncil, terms, YEAR } from './centre.fixtures.js';
import type { ApplyToIntake, DeclineCouncil, SelectCouncil } from './intake.commands.js';
import { intakeDecider } from './intake.decider.js';

const apply = (overrides: Partial<ApplyToIntake> = {}): ApplyToIntake => ({
  type: 'ApplyToIntake',
  intakeYear: YEAR,
  terms: terms(),
  councilId: 'c1',
  name: ' Northshire ',
  ofstedRating: 'requires-improvement',
  leadershipNotes: 'New director, settled senior team',
  appliedOn: '2016-11-01',
  ...overrides,
});
const select = (councilId = 'c1', on = '2017-01-20', overrides: Partial<SelectCouncil> = {}): SelectCouncil => ({
  type: 'SelectCouncil',
  intakeYear: YEAR,
  terms: terms(),
  councilId,
  on,
  reason: 'Committed and stable',
  ...overrides,
});
const decline = (overrides: Partial<DeclineCouncil> = {}): DeclineCouncil => ({
  type: 'DeclineCouncil',
  intakeYear: YEAR,
  terms: terms(),
  councilId: 'c1',
  on: '2017-01-20',
  reason: 'Leadership about to change',
  ...overrides,
});

describe('a council applies to an intake', () => {
  it('records the application with its Ofsted rating and leadership notes, the name trimmed', () => {
    given(intakeDecider, [])
      .when(apply())
      .then([
        {
          type: 'CentreCouncilApplied',
          data: {
            intakeYear: 2,
            councilId: 'c1',
            name: 'Northshire',
            ofstedRating: 'requires-improvement',
            leadershipNotes: 'New director, settled senior team',
            appliedOn: '2016-11-01',
          },
        },
      ]);
  });

  it('refuses a council rated Inadequate, with a coded error naming the rating', () => {
    const error = given(intakeDecider, [])
      .when(apply({ ofstedRating: 'inadequate' }))
      .thenThrows('CENTRE.COUNCIL_INELIGIBLE', 'rule');
    expect(error.details).toEqual({ ofstedRating: 'inadequate' });
  });

  it('takes councils rated Good, Requires Improvement or Outstanding', () => {
    for (const ofstedRating of ['good', 'requires-improvement', 'outstanding']) {
      expect(intakeDecider.decide(apply({ ofstedRating }), intakeDecider.initialState)).toHaveLength(1);
    }
  });

  it('is refused after selection closes on the configured date, and taken on that day', () => {
    given(intakeDecider, [])
      .when(apply({ appliedOn: '2017-02-01' }))
      .thenThrows('CENTRE.SELECTION_CLOSED', 'rule');
    given(intakeDecider, [])
      .when(apply({ appliedOn: '2017-01-15', terms: terms({ selectionClosesOn: '2017-01-14' }) }))
      .thenThrows('CENTRE.SELECTION_CLOSED', 'rule');
    expect(intakeDecider.decide(apply({ appliedOn: '2017-01-31' }), intakeDecider.initialState)).toHaveLength(1);
  });

  it('is refused when the plan has no such intake', () => {
    given(intakeDecider, [])
      .when(apply({ terms: undefined }))
      .thenThrows('CENTRE.INTAKE_NOT_FOUND', 'not-found');
  });

  it('is refused twice for one council, even spelt differently', () => {
    given(intakeDecider, [applied('c1', 'Northshire')])
      .when(apply({ councilId: 'c2', name: 'NORTHSHIRE' }))
      .thenThrows('CENTRE.COUNCIL_ALREADY_APPLIED', 'conflict');
  });

  it.each([
    ['name', { name: '  ' }, 'CENTRE.INVALID_NAME'],
    ['rating', { ofstedRating: 'fine' }, 'CENTRE.INVALID_RATING'],
    ['notes', { leadershipNotes: '' }, 'CENTRE.INVALID_NOTES'],
    ['date', { appliedOn: '2016-02-30' }, 'CENTRE.INVALID_DATE'],
  ] as const)('refuses a bad %s', (_what, overrides, code) => {
    given(intakeDecider, []).when(apply(overrides)).thenThrows(code, 'invalid');
  });
});

describe('selecting and declining councils', () => {
  it('selects an applicant with the reason', () => {
    given(intakeDecider, [applied()])
      .when(select())
      .then([
        {
          type: 'CentreCouncilSelected',
          data: { intakeYear: 2, councilId: 'c1', selectedOn: '2017-01-20', reason: 'Committed and stable' },
        },
      ]);
  });

  it('declines an applicant with the reason, which is required', () => {
    given(intakeDecider, [applied()])
      .when(decline())
      .then([
        {
          type: 'CentreCouncilDeclined',
          data: { intakeYear: 2, councilId: 'c1', declinedOn: '2017-01-20', reason: 'Leadership about to change' },
        },
      ]);
    given(intakeDecider, [applied()])
      .when(decline({ reason: ' ' }))
      .thenThrows('CENTRE.INVALID_REASON', 'invalid');
  });

  it('selects no more councils than the plan provides for', () => {
    const three = [...selectedCouncil('c1', 'A'), ...selectedCouncil('c2', 'B'), ...selectedCouncil('c3', 'C')];
    const error = given(intakeDecider, [...three, applied('c4', 'D')])
      .when(select('c4'))
      .thenThrows('CENTRE.INTAKE_FULL', 'rule');
    expect(error.details).toEqual({ councils: 3 });
    // A declined council takes no place.
    given(intakeDecider, [...selectedCouncil('c1', 'A'), applied('c2', 'B'), declined('c2'), applied('c4', 'D')])
      .when(select('c4', '2017-01-25', { terms: terms({ councils: 2 }) }))
      .then([
        {
          type: 'CentreCouncilSelected',
          data: { intakeYear: 2, councilId: 'c4', selectedOn: '2017-01-25', reason: 'Committed and stable' },
        },
      ]);
  });

  it('decides once, after the application, before selection closes', () => {
    given(intakeDecider, [applied(), selected()]).when(decline()).thenThrows('CENTRE.ALREADY_DECIDED', 'rule');
    given(intakeDecider, [applied()]).when(select('c1', '2016-10-31')).thenThrows('CENTRE.DATE_BEFORE_APPLICATION');
    given(intakeDecider, [applied()]).when(select('c1', '2017-02-01')).thenThrows('CENTRE.SELECTION_CLOSED');
    given(intakeDecider, [applied()])
      .when(decline({ on: '2017-03-01' }))
      .thenThrows('CENTRE.SELECTION_CLOSED');
  });

  it('refuses a council that never applied', () => {
    given(intakeDecider, [applied()]).when(select('c9')).thenThrows('CENTRE.COUNCIL_NOT_FOUND', 'not-found');
  });
});
