import type { Council, Intake } from '../../api/centre-types';
import type { Staff } from '../../api/types';
import { attendanceBody, groupOptions, placesLeft, staffOptions } from './centre-forms';

const places = { practitioner: 20, 'frontline-manager': 8, 'practice-leader': 5 };

describe('the Centre’s forms', () => {
  it('counts the places left in each group, never below none', () => {
    expect(placesLeft(places, { practitioner: 3, 'frontline-manager': 8, 'practice-leader': 6 })).toEqual({
      practitioner: 17,
      'frontline-manager': 0,
      'practice-leader': 0,
    });
  });

  it('offers every group with its places left', () => {
    const intake = { placesPerCouncil: places } as Intake;
    const council = { participants: { practitioner: 1, 'frontline-manager': 8, 'practice-leader': 0 } } as Council;
    expect(groupOptions(intake, council)).toEqual([
      ['practitioner', 'Practitioners (19 of 20 left)'],
      ['frontline-manager', 'Frontline managers (0 of 8 left)'],
      ['practice-leader', 'Practice leaders (5 of 5 left)'],
    ]);
  });

  it('sends only the details a day’s kind goes with', () => {
    const values = { on: '2019-04-08', service: 'Family Assessment', borough: 'WCC', staffId: 's1' };
    expect(attendanceBody({ ...values, kind: 'classroom' }, ['p1'])).toEqual({
      on: '2019-04-08',
      kind: 'classroom',
      participantIds: ['p1'],
    });
    expect(attendanceBody({ ...values, kind: 'embedded' }, ['p1'])).toMatchObject({
      service: 'Family Assessment',
      borough: 'WCC',
    });
    expect(attendanceBody({ ...values, kind: 'embedded' }, ['p1'])).not.toHaveProperty('staffId');
    expect(attendanceBody({ ...values, kind: 'on-site' }, ['p1', 'p2'])).toEqual({
      on: '2019-04-08',
      kind: 'on-site',
      staffId: 's1',
      participantIds: ['p1', 'p2'],
    });
  });

  it('lists clinicians in post first, by name, leavers marked', () => {
    const staff = [
      { id: 'b', name: 'Bea', borough: 'WCC', leftOn: null },
      { id: 'z', name: 'Al', borough: 'LBHF', leftOn: '2018-01-31' },
      { id: 'a', name: 'Ann', borough: 'RBKC', leftOn: null },
    ] as Staff[];
    expect(staffOptions(staff)).toEqual([
      ['a', 'Ann (RBKC)'],
      ['b', 'Bea (WCC)'],
      ['z', 'Al (LBHF, left 31 Jan 2018)'],
    ]);
  });
});
