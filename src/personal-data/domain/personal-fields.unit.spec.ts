import { ERASED, personalPartsOf, stringAt, withStringAt } from './personal-fields.js';

describe('personal fields of an event', () => {
  it('names the member of staff and the fields that identify them', () => {
    expect(personalPartsOf('StaffHired', { staffId: 's1', name: 'Ana', borough: 'WCC' })).toEqual({
      subject: 'staff:s1',
      paths: [
        ['data', 'name'],
        ['data', 'registration', 'number'],
        ['metadata', 'reason'],
      ],
    });
  });

  it("seals the reason of any event about a person, a participant's events being theirs", () => {
    expect(personalPartsOf('PostHolderAppointed', { postId: 'p', staffId: 's1' })?.paths).toEqual([
      ['metadata', 'reason'],
    ]);
    expect(personalPartsOf('CentreAttendanceRecorded', { participantId: 'c1', staffId: 's1' })?.subject).toBe(
      'centre-participant:c1',
    );
  });

  it('leaves events about no one, and the erasure record itself, in clear', () => {
    expect(personalPartsOf('PlanRevised', { revision: 2 })).toBeNull();
    expect(personalPartsOf('PersonalDataErased', { staffId: 's1' })).toBeNull();
  });

  it('reads and replaces a string at a path without touching the rest', () => {
    const event = { data: { registration: { number: 'SW1', registeredOn: '2016-01-01' } }, metadata: {} };
    expect(stringAt(event, ['data', 'registration', 'number'])).toBe('SW1');
    expect(stringAt(event, ['metadata', 'reason'])).toBeUndefined();
    const erased = withStringAt(event, ['data', 'registration', 'number'], ERASED);
    expect(erased).toEqual({ data: { registration: { number: ERASED, registeredOn: '2016-01-01' } }, metadata: {} });
    expect(event.data.registration.number).toBe('SW1');
  });
});
