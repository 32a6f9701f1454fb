import { given } from '../../../test/support/given-when-then.js';
import { hired } from '../../staff/domain/staff.fixtures.js';
import type { CaseloadCommand } from './caseload.commands.js';
import { caseloadDecider } from './caseload.decider.js';
import { allocated, capCleared, capSet, check, counted, facts } from './caseload.fixtures.js';

/** Bea works half time: the plan's 18 becomes 9 for her. */
const bea = caseloadDecider(facts([hired('ana', { fteHundredths: 50 })]));
const reason = 'Phased return after illness';
const setCap = (from: string, maxOpenCases: number): CaseloadCommand => ({
  type: 'SetCaseloadCap',
  staffId: 'ana',
  from,
  maxOpenCases,
  reason,
});
const clearCap = (from: string): CaseloadCommand => ({ type: 'ClearCaseloadCap', staffId: 'ana', from, reason });
const allocate = (on: string, cases: number): CaseloadCommand => ({
  type: 'RecordCaseAllocations',
  staffId: 'ana',
  on,
  cases,
  reason: 'Allocation meeting',
});

describe('individual caps', () => {
  it('sets a cap that overrides the plan, as given (not pro rata), with the count against it', () => {
    given(bea, [counted('2017-05-01', check(4, 9))])
      .when(setCap('2017-06-01', 3))
      .then([capSet('2017-06-01', 3, check(4, 3, true))]);
  });

  it('checks later counts against the individual cap', () => {
    const history = [counted('2017-05-01', check(2, 9)), capSet('2017-06-01', 3, check(2, 3))];
    given(bea, history)
      .when(allocate('2017-06-02', 2))
      .then([allocated('2017-06-02', 2, check(4, 3, true))]);
    // Before the cap took effect the plan's applies.
    given(bea, history)
      .when(allocate('2017-05-15', 2))
      .then([allocated('2017-05-15', 2, check(4, 9))]);
  });

  it('clears it: the plan cap applies again from that day', () => {
    given(bea, [counted('2017-05-01', check(4, 9)), capSet('2017-06-01', 3, check(4, 3, true))])
      .when(clearCap('2017-09-01'))
      .then([capCleared('2017-09-01', check(4, 9))]);
  });

  it('refuses to clear a cap that is not set on that day', () => {
    given(bea, []).when(clearCap('2017-09-01')).thenThrows('CASELOADS.NO_INDIVIDUAL_CAP', 'rule');
    given(bea, [capSet('2017-06-01', 3, check(0, 3)), capCleared('2017-07-01', check(0, 9))])
      .when(clearCap('2017-08-01'))
      .thenThrows('CASELOADS.NO_INDIVIDUAL_CAP');
  });

  it('refuses a cap change dated before the last one, so the latest decision is the one in force', () => {
    const error = given(bea, [capSet('2017-06-01', 3, check(0, 3))])
      .when(setCap('2017-05-01', 5))
      .thenThrows('CASELOADS.CAP_BEFORE_LAST_CHANGE', 'rule');
    expect(error.details).toEqual({ lastChangeOn: '2017-06-01' });
  });

  it.each([-1, 1.5, 1001])('refuses %p as a cap (invalid)', (max) => {
    given(bea, []).when(setCap('2017-06-01', max)).thenThrows('CASELOADS.INVALID_CAP', 'invalid');
  });
});
