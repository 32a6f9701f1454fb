import { given } from '../../../test/support/given-when-then.js';
import type { RecordQualification, RecordRegistrationLapse } from './staff.commands.js';
import { staffDecider } from './staff.decider.js';
import type { Qualification } from './staff.events.js';
import { familyTherapyQualified, hired, left, levelCompleted, registered } from './staff.fixtures.js';

const record = (qualification: Qualification, fields: Partial<RecordQualification> = {}): RecordQualification => ({
  type: 'RecordQualification',
  staffId: 'ana',
  qualification,
  evidenceRef: 'HR/2017/042',
  achievedOn: '2017-03-01',
  ...fields,
});

const swe = { kind: 'social-work-registration', registrationNumber: 'SW100001' } as const;
const base = { staffId: 'ana', evidenceRef: 'HR/2017/042', achievedOn: '2017-03-01' };

describe('RecordQualification', () => {
  it('records a social work registration', () => {
    given(staffDecider, [hired()])
      .when(record(swe))
      .then([{ type: 'QualificationRecorded', data: { ...base, ...swe } }]);
  });

  it('refuses a second registration while one is current', () => {
    given(staffDecider, [hired(), registered()]).when(record(swe)).thenThrows('STAFF.ALREADY_REGISTERED', 'rule');
  });

  it('refuses a registration given at hire being recorded again', () => {
    given(staffDecider, [hired('ana', { registration: { number: 'SW1', registeredOn: '2010-01-01' } })])
      .when(record(swe))
      .thenThrows('STAFF.ALREADY_REGISTERED', 'rule');
  });

  it('refuses a malformed registration number', () => {
    given(staffDecider, [hired()])
      .when(record({ kind: 'social-work-registration', registrationNumber: 'XX1' }))
      .thenThrows('STAFF.INVALID_REGISTRATION', 'invalid');
  });

  it('records a systemic level completed elsewhere as prior learning, which completes the level', () => {
    given(staffDecider, [hired()])
      .when(record({ kind: 'systemic-level', level: 2 }))
      .then([
        { type: 'QualificationRecorded', data: { ...base, kind: 'systemic-level', level: 2 } },
        {
          type: 'SystemicLevelCompleted',
          data: { staffId: 'ana', level: 2, completedOn: '2017-03-01', cohortId: 'prior-learning' },
        },
      ]);
  });

  it('refuses prior learning for a level already completed', () => {
    given(staffDecider, [hired(), levelCompleted(2, '2017-01-01', 'c1')])
      .when(record({ kind: 'systemic-level', level: 2 }))
      .thenThrows('TRAINING.LEVEL_ALREADY_COMPLETED', 'rule');
  });

  it.each([0, 5, 1.5])('refuses the level %p', (level) => {
    given(staffDecider, [hired()])
      .when(record({ kind: 'systemic-level', level } as unknown as Qualification))
      .thenThrows('STAFF.INVALID_LEVEL', 'invalid');
  });

  it('records a family-therapy qualification', () => {
    given(staffDecider, [hired()])
      .when(record({ kind: 'family-therapy' }))
      .then([{ type: 'QualificationRecorded', data: { ...base, kind: 'family-therapy' } }]);
  });

  it('refuses a second family-therapy qualification', () => {
    given(staffDecider, [hired(), familyTherapyQualified()])
      .when(record({ kind: 'family-therapy' }))
      .thenThrows('STAFF.QUALIFICATION_ALREADY_RECORDED', 'rule');
  });

  it('accepts a qualification achieved before the hire', () => {
    given(staffDecider, [hired()])
      .when(record({ kind: 'family-therapy' }, { achievedOn: '2001-06-30' }))
      .then([{ type: 'QualificationRecorded', data: { ...base, achievedOn: '2001-06-30', kind: 'family-therapy' } }]);
  });

  it('refuses an unknown kind of qualification', () => {
    given(staffDecider, [hired()])
      .when(record({ kind: 'driving-licence' } as unknown as Qualification))
      .thenThrows('STAFF.INVALID_QUALIFICATION', 'invalid');
  });

  it('refuses a missing evidence reference', () => {
    given(staffDecider, [hired()])
      .when(record(swe, { evidenceRef: '' }))
      .thenThrows('STAFF.INVALID_EVIDENCE', 'invalid');
  });

  it('refuses an achieved date that is not a calendar date', () => {
    given(staffDecider, [hired()])
      .when(record(swe, { achievedOn: '2017-06-31' }))
      .thenThrows('STAFF.INVALID_DATE', 'invalid');
  });

  it('refuses a leaver', () => {
    given(staffDecider, [hired(), left()]).when(record(swe)).thenThrows('STAFF.HAS_LEFT', 'rule');
  });

  it('refuses an unknown person', () => {
    given(staffDecider, []).when(record(swe)).thenThrows('STAFF.NOT_FOUND', 'not-found');
  });
});

const lapse = (fields: Partial<RecordRegistrationLapse> = {}): RecordRegistrationLapse => ({
  type: 'RecordRegistrationLapse',
  staffId: 'ana',
  lapsedOn: '2018-01-01',
  ...fields,
});

describe('RecordRegistrationLapse', () => {
  it('records the lapse of the current registration', () => {
    given(staffDecider, [hired(), registered()])
      .when(lapse({ reason: 'not renewed' }))
      .then([
        {
          type: 'SocialWorkRegistrationLapsed',
          data: { staffId: 'ana', registrationNumber: 'SW100001', lapsedOn: '2018-01-01', reason: 'not renewed' },
        },
      ]);
  });

  it('refuses when there is no current registration', () => {
    given(staffDecider, [hired()]).when(lapse()).thenThrows('STAFF.NOT_REGISTERED', 'rule');
  });

  it('refuses a second lapse', () => {
    const lapsed = {
      type: 'SocialWorkRegistrationLapsed',
      data: { staffId: 'ana', registrationNumber: 'SW100001', lapsedOn: '2017-01-01' },
    } as const;
    given(staffDecider, [hired(), registered(), lapsed]).when(lapse()).thenThrows('STAFF.NOT_REGISTERED', 'rule');
  });

  it('refuses a lapse dated before the registration', () => {
    given(staffDecider, [hired(), registered('ana', '2016-05-01')])
      .when(lapse({ lapsedOn: '2016-04-30' }))
      .thenThrows('STAFF.LAPSE_BEFORE_REGISTRATION', 'rule');
  });

  it('refuses a lapse date that is not a calendar date', () => {
    given(staffDecider, [hired(), registered()])
      .when(lapse({ lapsedOn: 'soon' }))
      .thenThrows('STAFF.INVALID_DATE', 'invalid');
  });

  it('refuses a leaver', () => {
    given(staffDecider, [hired(), registered(), left()]).when(lapse()).thenThrows('STAFF.HAS_LEFT', 'rule');
  });

  it('refuses an unknown person', () => {
    given(staffDecider, []).when(lapse()).thenThrows('STAFF.NOT_FOUND', 'not-found');
  });
});
