import { given } from '../../../test/support/given-when-then.js';
import { ROLES } from '../../shared/values.js';
import type { HireStaff } from './staff.commands.js';
import { staffDecider } from './staff.decider.js';
import { hired } from './staff.fixtures.js';

const hire = (overrides: Partial<HireStaff> = {}): HireStaff => ({
  type: 'HireStaff',
  staffId: 'ana',
  name: 'Ana Silva',
  borough: 'RBKC',
  role: 'social-worker',
  fte: 0.6,
  startedOn: '2016-04-01',
  ...overrides,
});

const anaHired = {
  type: 'StaffHired',
  data: {
    staffId: 'ana',
    name: 'Ana Silva',
    borough: 'RBKC',
    role: 'social-worker',
    fteHundredths: 60,
    startedOn: '2016-04-01',
  },
} as const;

describe('HireStaff', () => {
  it('records the hire, with WTE as integer hundredths', () => {
    given(staffDecider, []).when(hire()).then([anaHired]);
  });

  it('records a Social Work England registration given at hire', () => {
    const registration = { number: 'SW123456', registeredOn: '2012-09-01' };
    given(staffDecider, [])
      .when(hire({ registration }))
      .then([{ ...anaHired, data: { ...anaHired.data, registration } }]);
  });

  it('trims the name', () => {
    given(staffDecider, [])
      .when(hire({ name: '  Ana Silva ' }))
      .then([anaHired]);
  });

  it.each(ROLES)('accepts the role %s', (role) => {
    given(staffDecider, [])
      .when(hire({ role }))
      .then([{ ...anaHired, data: { ...anaHired.data, role } }]);
  });

  it.each([
    [1, 100],
    [0.01, 1],
    [0.29, 29],
    [0.5, 50],
  ])('accepts fte %p as %p hundredths', (fte, fteHundredths) => {
    given(staffDecider, [])
      .when(hire({ fte }))
      .then([{ ...anaHired, data: { ...anaHired.data, fteHundredths } }]);
  });

  it('refuses to hire the same id twice', () => {
    given(staffDecider, [hired('ana')])
      .when(hire())
      .thenThrows('STAFF.ALREADY_HIRED', 'conflict');
  });

  it.each([0, -0.5, 1.01, 0.333, Number.NaN, Number.POSITIVE_INFINITY])('refuses fte %p', (fte) => {
    given(staffDecider, []).when(hire({ fte })).thenThrows('STAFF.INVALID_FTE', 'invalid');
  });

  it.each(['', '   '])('refuses the name %p', (name) => {
    given(staffDecider, []).when(hire({ name })).thenThrows('STAFF.INVALID_NAME', 'invalid');
  });

  it.each(['lbhf', 'Camden', ''])('refuses the borough %p', (borough) => {
    given(staffDecider, []).when(hire({ borough })).thenThrows('STAFF.INVALID_BOROUGH', 'invalid');
  });

  it('refuses an unknown role', () => {
    given(staffDecider, [])
      .when(hire({ role: 'director' }))
      .thenThrows('STAFF.INVALID_ROLE', 'invalid');
  });

  it.each(['2017-02-29', '2016-13-01', '2016-04-31', '16-04-01', '2016-4-1', ''])(
    'refuses the start date %p',
    (startedOn) => {
      given(staffDecider, []).when(hire({ startedOn })).thenThrows('STAFF.INVALID_DATE', 'invalid');
    },
  );

  it('accepts 29 February in a leap year', () => {
    given(staffDecider, [])
      .when(hire({ startedOn: '2016-02-29' }))
      .then([{ ...anaHired, data: { ...anaHired.data, startedOn: '2016-02-29' } }]);
  });

  it.each(['SW', 'sw123456', '123456', 'SW12a4', ' SW123'])('refuses the registration number %p', (number) => {
    given(staffDecider, [])
      .when(hire({ registration: { number, registeredOn: '2012-09-01' } }))
      .thenThrows('STAFF.INVALID_REGISTRATION', 'invalid');
  });

  it('refuses a registration without a real date', () => {
    given(staffDecider, [])
      .when(hire({ registration: { number: 'SW1', registeredOn: '2012-02-30' } }))
      .thenThrows('STAFF.INVALID_DATE', 'invalid');
  });
});
