import { given } from '../../../test/support/given-when-then.js';
import type { ChangeStaffDetails, RecordLeaving } from './staff.commands.js';
import { staffDecider } from './staff.decider.js';
import type { StaffDetailsChanged } from './staff.events.js';
import { hired, left } from './staff.fixtures.js';

const change = (fields: Partial<ChangeStaffDetails>): ChangeStaffDetails => ({
  type: 'ChangeStaffDetails',
  staffId: 'ana',
  effectiveOn: '2017-01-01',
  ...fields,
});

const changed = (fields: Omit<StaffDetailsChanged['data'], 'staffId' | 'effectiveOn'>, effectiveOn = '2017-01-01') => ({
  type: 'StaffDetailsChanged' as const,
  data: { staffId: 'ana', effectiveOn, ...fields },
});

// hired('ana') is a full-time social worker in LBHF from 2016-04-01.
describe('ChangeStaffDetails', () => {
  it('records a change of role with its effective date', () => {
    given(staffDecider, [hired()])
      .when(change({ role: 'clinician' }))
      .then([changed({ role: 'clinician' })]);
  });

  it('records a change of FTE in hundredths', () => {
    given(staffDecider, [hired()])
      .when(change({ fte: 0.8 }))
      .then([changed({ fteHundredths: 80 })]);
  });

  it('records a change of borough', () => {
    given(staffDecider, [hired()])
      .when(change({ borough: 'WCC' }))
      .then([changed({ borough: 'WCC' })]);
  });

  it('records only the fields that change', () => {
    given(staffDecider, [hired()])
      .when(change({ role: 'social-worker', fte: 0.5, borough: 'LBHF' }))
      .then([changed({ fteHundredths: 50 })]);
  });

  it('compares with the details as last changed', () => {
    given(staffDecider, [hired(), changed({ role: 'clinician' })])
      .when(change({ role: 'clinician', effectiveOn: '2017-02-01' }))
      .thenThrows('STAFF.NO_CHANGE', 'rule');
  });

  it.each([{}, { role: 'social-worker' }, { fte: 1, borough: 'LBHF' }])(
    'refuses a change that changes nothing: %p',
    (fields) => {
      given(staffDecider, [hired()]).when(change(fields)).thenThrows('STAFF.NO_CHANGE', 'rule');
    },
  );

  it('refuses a change dated before the start', () => {
    given(staffDecider, [hired()])
      .when(change({ role: 'clinician', effectiveOn: '2016-03-31' }))
      .thenThrows('STAFF.EFFECTIVE_BEFORE_START', 'rule');
  });

  it('refuses a change dated before the last change', () => {
    given(staffDecider, [hired(), changed({ role: 'clinician' }, '2017-01-01')])
      .when(change({ fte: 0.5, effectiveOn: '2016-12-31' }))
      .thenThrows('STAFF.EFFECTIVE_BEFORE_LAST_CHANGE', 'rule');
  });

  it('accepts a change on the same day as the last one', () => {
    given(staffDecider, [hired(), changed({ role: 'clinician' })])
      .when(change({ fte: 0.5 }))
      .then([changed({ fteHundredths: 50 })]);
  });

  it.each([
    [{ role: 'boss' }, 'STAFF.INVALID_ROLE'],
    [{ fte: 1.5 }, 'STAFF.INVALID_FTE'],
    [{ borough: 'Camden' }, 'STAFF.INVALID_BOROUGH'],
    [{ role: 'clinician', effectiveOn: '2017-02-30' }, 'STAFF.INVALID_DATE'],
  ])('refuses %p with %s', (fields, code) => {
    given(staffDecider, [hired()]).when(change(fields)).thenThrows(code, 'invalid');
  });

  it('refuses a leaver', () => {
    given(staffDecider, [hired(), left()])
      .when(change({ role: 'clinician' }))
      .thenThrows('STAFF.HAS_LEFT', 'rule');
  });

  it('refuses an unknown person', () => {
    given(staffDecider, [])
      .when(change({ role: 'clinician' }))
      .thenThrows('STAFF.NOT_FOUND', 'not-found');
  });
});

const leave = (fields: Partial<RecordLeaving> = {}): RecordLeaving => ({
  type: 'RecordLeaving',
  staffId: 'ana',
  leftOn: '2018-03-31',
  reason: 'retired',
  ...fields,
});

describe('RecordLeaving', () => {
  it('records the date and reason', () => {
    given(staffDecider, [hired()])
      .when(leave({ reason: ' retired ' }))
      .then([{ type: 'StaffLeft', data: { staffId: 'ana', leftOn: '2018-03-31', reason: 'retired' } }]);
  });

  it('refuses a second leaving', () => {
    given(staffDecider, [hired(), left()]).when(leave()).thenThrows('STAFF.HAS_LEFT', 'rule');
  });

  it('refuses a date before the start', () => {
    given(staffDecider, [hired()])
      .when(leave({ leftOn: '2016-01-01' }))
      .thenThrows('STAFF.EFFECTIVE_BEFORE_START');
  });

  it('refuses a date before the last change', () => {
    given(staffDecider, [hired(), changed({ borough: 'WCC' }, '2017-06-01')])
      .when(leave({ leftOn: '2017-05-31' }))
      .thenThrows('STAFF.EFFECTIVE_BEFORE_LAST_CHANGE', 'rule');
  });

  it('refuses a missing reason', () => {
    given(staffDecider, [hired()])
      .when(leave({ reason: ' ' }))
      .thenThrows('STAFF.INVALID_REASON', 'invalid');
  });

  it('refuses a date that is not a calendar date', () => {
    given(staffDecider, [hired()])
      .when(leave({ leftOn: '31/03/2018' }))
      .thenThrows('STAFF.INVALID_DATE', 'invalid');
  });

  it('refuses an unknown person', () => {
    given(staffDecider, []).when(leave()).thenThrows('STAFF.NOT_FOUND', 'not-found');
  });
});
