import { errorText, explainError } from './error-words';

describe('the server’s coded errors in words', () => {
  it('puts each VALIDATION.FAILED problem next to the field it names, nested paths included', () => {
    const explained = explainError(
      {
        code: 'VALIDATION.FAILED',
        message:
          'fte must not be greater than 1; registration.number: registration number must be SW followed by digits',
        details: {
          problems: [
            'fte must not be greater than 1',
            'registration.number: registration number must be SW followed by digits',
            'startedOn must be a calendar date YYYY-MM-DD',
          ],
        },
      },
      ['fte', 'registration.number', 'startedOn'],
    );
    expect(explained).toEqual({
      general: [],
      fields: {
        fte: ['Must be at most 1.'],
        'registration.number': ['Must be SW followed by digits, as on the Social Work England register.'],
        startedOn: ['Must be a real date.'],
      },
    });
  });

  it('names the field in the general words when the form does not show it', () => {
    const explained = explainError(
      { code: 'VALIDATION.FAILED', message: '', details: { problems: ['asAt: property asAt should not exist'] } },
      ['name'],
    );
    expect(explained).toEqual({ general: ['asAt is not accepted here.'], fields: {} });
  });

  it('gives a rule’s code its words and its field', () => {
    expect(explainError({ code: 'TRAINING.LEVEL_NOT_REACHED', message: 'level 2 not completed' }, ['staffId'])).toEqual(
      {
        general: [],
        fields: { staffId: ['This person has not completed the level before this one, so cannot start it yet.'] },
      },
    );
  });

  it('puts a code that several forms name differently next to the field this form shows', () => {
    const negative = { code: 'CASELOADS.NEGATIVE_COUNT', message: 'that leaves -2 open cases' };
    expect(Object.keys(explainError(negative, ['on', 'cases', 'reason']).fields)).toEqual(['cases']);
    expect(Object.keys(explainError(negative, ['on', 'openCases', 'reason']).fields)).toEqual(['openCases']);
    expect(explainError(negative, ['from', 'reason']).general).toEqual([
      'That would take the open cases below zero: no more can close than are open.',
    ]);
  });

  it('keeps a code’s words for the form when its field is not on the form', () => {
    expect(explainError({ code: 'STAFF.EFFECTIVE_BEFORE_START', message: 'x' }, []).general).toEqual([
      'The date is before the person started.',
    ]);
  });

  it('puts a code next to whichever of its fields the form shows', () => {
    const closed = {
      code: 'CENTRE.SELECTION_CLOSED',
      message: 'closed',
      details: { selectionClosesOn: '2019-01-31' },
    };
    const words = 'Selection for this intake closed on 31 January 2019.';
    expect(explainError(closed, ['name', 'appliedOn']).fields).toEqual({ appliedOn: [words] });
    expect(explainError(closed, ['on', 'reason']).fields).toEqual({ on: [words] });
    expect(explainError(closed, []).general).toEqual([words]);
  });

  it('builds a code’s words from its details: the places left in a group', () => {
    const full = (taken: number, asked: number) =>
      explainError(
        { code: 'CENTRE.PLACES_FULL', message: 'x', details: { group: 'frontline-manager', places: 8, taken, asked } },
        ['participants.0.group'],
      ).fields['participants.0.group'];
    expect(full(8, 1)).toEqual(['No frontline manager places are left: all 8 are taken.']);
    expect(full(7, 2)).toEqual(['Only 1 frontline manager place is left.']);
    expect(full(5, 4)).toEqual(['Only 3 frontline manager places are left.']);
  });

  it('falls back to the server’s message for a code it does not know', () => {
    expect(errorText({ code: 'CENTRE.NEW_RULE', message: 'The Centre has a new rule' })).toBe(
      'The Centre has a new rule',
    );
  });
});
