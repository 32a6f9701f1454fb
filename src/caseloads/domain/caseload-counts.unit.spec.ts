import { given } from '../../../test/support/given-when-then.js';
import { hired } from '../../staff/domain/staff.fixtures.js';
import type { CaseloadCommand } from './caseload.commands.js';
import { caseloadDecider } from './caseload.decider.js';
import { allocated, check, closed, counted, facts } from './caseload.fixtures.js';

/** Ana: a full-time social worker, cap 18 by the plan. */
const ana = caseloadDecider(facts());
const reason = 'Monthly stocktake';
const count = (on: string, openCases: number): CaseloadCommand => ({
  type: 'RecordCaseloadCount',
  staffId: 'ana',
  on,
  openCases,
  reason,
});
const allocate = (on: string, cases: number): CaseloadCommand => ({
  type: 'RecordCaseAllocations',
  staffId: 'ana',
  on,
  cases,
  reason,
});
const close = (on: string, cases: number): CaseloadCommand => ({
  type: 'RecordCaseClosures',
  staffId: 'ana',
  on,
  cases,
  reason,
});

describe('caseload counts and movements', () => {
  it('records a count as at a date with the cap then in force', () => {
    given(ana, [])
      .when(count('2017-05-01', 12))
      .then([counted('2017-05-01', check(12, 18))]);
  });

  it('records allocations and closures as movements, each with the count they leave', () => {
    const history = [counted('2017-05-01', check(12, 18))];
    given(ana, history)
      .when(allocate('2017-05-08', 3))
      .then([allocated('2017-05-08', 3, check(15, 18))]);
    given(ana, history)
      .when(close('2017-05-08', 2))
      .then([closed('2017-05-08', 2, check(10, 18))]);
  });

  it('records a count over the cap, flagged, because reality must be recorded', () => {
    given(ana, [])
      .when(count('2017-05-01', 19))
      .then([counted('2017-05-01', check(19, 18, true))]);
    given(ana, [counted('2017-05-01', check(18, 18))])
      .when(allocate('2017-05-02', 2))
      .then([allocated('2017-05-02', 2, check(20, 18, true))]);
  });

  it('keeps the flag on a closure that still leaves the person over', () => {
    given(ana, [counted('2017-05-01', check(22, 18, true))])
      .when(close('2017-05-09', 1))
      .then([closed('2017-05-09', 1, check(21, 18, true))]);
  });

  describe('never below zero', () => {
    it('refuses a negative count', () => {
      const error = given(ana, []).when(count('2017-05-01', -1)).thenThrows('CASELOADS.NEGATIVE_COUNT', 'rule');
      expect(error.details).toEqual({ on: '2017-05-01', openCases: -1 });
    });

    it('refuses closing more cases than are open', () => {
      given(ana, [counted('2017-05-01', check(2, 18))])
        .when(close('2017-05-02', 3))
        .thenThrows('CASELOADS.NEGATIVE_COUNT', 'rule');
      given(ana, []).when(close('2017-05-02', 1)).thenThrows('CASELOADS.NEGATIVE_COUNT');
    });

    it('refuses a late closure that would leave a later day below zero', () => {
      const history = [counted('2017-05-01', check(3, 18)), closed('2017-06-01', 2, check(1, 18))];
      const error = given(ana, history).when(close('2017-05-15', 2)).thenThrows('CASELOADS.NEGATIVE_COUNT');
      expect(error.details).toEqual({ on: '2017-06-01', openCases: -1 });
    });

    it('lets a late closure through when a later stocktake already holds it', () => {
      const history = [counted('2017-05-01', check(3, 18)), counted('2017-06-01', check(1, 18))];
      given(ana, history)
        .when(close('2017-05-15', 3))
        .then([closed('2017-05-15', 3, check(0, 18))]);
    });
  });

  it('refuses a count dated before the last count or movement, which it would hide', () => {
    const error = given(ana, [allocated('2017-06-01', 2, check(2, 18))])
      .when(count('2017-05-31', 4))
      .thenThrows('CASELOADS.COUNT_BEFORE_LAST_CHANGE', 'rule');
    expect(error.details).toEqual({ lastChangeOn: '2017-06-01' });
    given(ana, [allocated('2017-06-01', 2, check(2, 18))])
      .when(count('2017-06-01', 4))
      .then([counted('2017-06-01', check(4, 18))]);
  });

  it('records a movement dated before the last stocktake at its own date', () => {
    given(ana, [counted('2017-06-01', check(5, 18))])
      .when(allocate('2017-05-20', 1))
      .then([allocated('2017-05-20', 1, check(1, 18))]);
  });

  it('refuses a caseload past the sanity bound of 10,000 open cases', () => {
    given(ana, [counted('2017-05-01', check(9_500, 18, true))])
      .when(allocate('2017-05-02', 600))
      .thenThrows('CASELOADS.TOO_MANY_CASES', 'rule');
  });

  it.each([
    [count('2017-05-01', 2.5), 'CASELOADS.INVALID_COUNT'],
    [count('2017-05-01', 1001), 'CASELOADS.INVALID_COUNT'],
    [allocate('2017-05-01', 1001), 'CASELOADS.INVALID_CASES'],
    [allocate('2017-05-01', 0), 'CASELOADS.INVALID_CASES'],
    [close('2017-05-01', -2), 'CASELOADS.INVALID_CASES'],
    [count('2017-02-29', 1), 'CASELOADS.INVALID_DATE'],
    [{ ...count('2017-05-01', 1), reason: ' ' }, 'CASELOADS.REASON_REQUIRED'],
  ])('refuses %p with %s (invalid)', (command, code) => {
    given(ana, []).when(command).thenThrows(code, 'invalid');
  });

  it('applies no cap where the plan has none for the role', () => {
    const head = caseloadDecider(facts([hired('ana', { role: 'head-of-clinical-practice' })]));
    given(head, [])
      .when(count('2017-05-01', 30))
      .then([counted('2017-05-01', check(30, null))]);
  });
});
