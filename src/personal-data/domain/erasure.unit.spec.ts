import { DomainError } from '../../shared/domain-error.js';
import { staffDecider } from '../../staff/domain/staff.decider.js';
import type { StaffEvent } from '../../staff/domain/staff.events.js';
import { decideErasure } from './erasure.js';

const hired: StaffEvent = {
  type: 'StaffHired',
  data: {
    staffId: 's1',
    name: 'Ana',
    borough: 'WCC',
    role: 'social-worker',
    fteHundredths: 100,
    startedOn: '2016-04-01',
  },
};
const left: StaffEvent = { type: 'StaffLeft', data: { staffId: 's1', leftOn: '2019-03-31', reason: 'Moved away' } };
const stateOf = (events: StaffEvent[]) => events.reduce(staffDecider.evolve, staffDecider.initialState);
const codeOf = (run: () => unknown): string | undefined => {
  try {
    run();
  } catch (error) {
    return (error as DomainError).code;
  }
};

describe('erasing a person’s personal data', () => {
  it('given a leaver, records the erasure of their key', () => {
    expect(decideErasure('s1', stateOf([hired, left]), false, '2026-12-02')).toEqual([
      { type: 'PersonalDataErased', data: { subject: 'staff:s1', staffId: 's1', on: '2026-12-02' } },
    ]);
  });

  it('refuses someone still employed, someone never hired, and a second erasure', () => {
    expect(codeOf(() => decideErasure('s1', stateOf([hired]), false, '2026-12-02'))).toBe(
      'PERSONAL_DATA.STILL_EMPLOYED',
    );
    expect(codeOf(() => decideErasure('s1', stateOf([]), false, '2026-12-02'))).toBe('STAFF.NOT_FOUND');
    expect(codeOf(() => decideErasure('s1', stateOf([hired, left]), true, '2026-12-02'))).toBe(
      'PERSONAL_DATA.ALREADY_ERASED',
    );
  });
});
