import { given, twoAggregateDecision } from '../../../test/support/given-when-then.js';
import { staffDecider } from '../../staff/domain/staff.decider.js';
import { enrolmentEnded, enrolmentStarted, hired, left, levelCompleted } from '../../staff/domain/staff.fixtures.js';
import type { RecordEnrolmentOutcome } from './cohort.commands.js';
import { cohortDecider } from './cohort.decider.js';
import type { SkipReason, WaitlistedPersonSkipped } from './cohort.events.js';
import { outcomeRecorded, personEnrolled, personWaitlisted, promoted, scheduled } from './cohort.fixtures.js';
import { decideOutcome } from './enrolment.decider.js';

const outcomes = twoAggregateDecision(staffDecider, cohortDecider, decideOutcome);

const record = (outcome: 'withdrawn' | 'deferred', staffId = 'ana'): RecordEnrolmentOutcome => ({
  type: 'RecordEnrolmentOutcome',
  cohortId: 'c1',
  staffId,
  outcome,
  on: '2016-10-01',
});

// Level 1 cohort c1 is full (ana, dan); bob then cat wait, in that order.
const ana = [hired(), enrolmentStarted('c1', 1, '2016-08-01')];
const c1 = [
  scheduled('c1', 1),
  personEnrolled('ana'),
  personEnrolled('dan'),
  personWaitlisted('bob'),
  personWaitlisted('cat'),
];
const waiting = (id: string) => [hired(id), enrolmentStarted('c1', 1, '2016-08-02', 'waitlisted', id)];
const bob = waiting('bob');
const cat = waiting('cat');

const anaLeavesC1 = (outcome: 'withdrawn' | 'deferred') => ({
  cohort: outcomeRecorded('ana', outcome, '2016-10-01'),
  staff: enrolmentEnded('c1', 1, outcome, '2016-10-01'),
});
const promotion = (id: string) => ({
  cohort: promoted(id, '2016-10-01'),
  staff: enrolmentStarted('c1', 1, '2016-10-01', 'enrolled', id),
});
const skipped = (id: string, reason: SkipReason): WaitlistedPersonSkipped => ({
  type: 'WaitlistedPersonSkipped',
  data: { cohortId: 'c1', staffId: id, level: 1, on: '2016-10-01', reason },
});
const skip = (id: string, reason: SkipReason) => ({
  cohort: skipped(id, reason),
  staff: enrolmentEnded('c1', 1, 'removed-from-waitlist', '2016-10-01', id),
});

describe('RecordEnrolmentOutcome: the freed place goes to the waiting list', () => {
  it.each(['withdrawn', 'deferred'] as const)('promotes the first waiting when a person has %s', (outcome) => {
    given(outcomes, ana, c1, { bob, cat })
      .when(record(outcome))
      .then({
        cohort: [anaLeavesC1(outcome).cohort, promotion('bob').cohort],
        staff: { ana: [anaLeavesC1(outcome).staff], bob: [promotion('bob').staff] },
      });
  });

  it('serves the waiting list in order of arrival across successive places', () => {
    given(
      outcomes,
      [hired('dan'), enrolmentStarted('c1', 1, '2016-08-01', 'enrolled', 'dan')],
      [...c1, outcomeRecorded('ana', 'withdrawn', '2016-09-01'), promoted('bob', '2016-09-01')],
      { cat },
    )
      .when(record('withdrawn', 'dan'))
      .then({
        cohort: [outcomeRecorded('dan', 'withdrawn', '2016-10-01'), promotion('cat').cohort],
        staff: { dan: [enrolmentEnded('c1', 1, 'withdrawn', '2016-10-01', 'dan')], cat: [promotion('cat').staff] },
      });
  });

  it.each([
    ['has-left', [...bob, left('bob', '2016-09-15')]],
    [
      'already-enrolled',
      [
        hired('bob'),
        enrolmentStarted('c1', 1, '2016-08-02', 'waitlisted', 'bob'),
        enrolmentStarted('c9', 1, '2016-09-01', 'enrolled', 'bob'),
      ],
    ],
    ['level-already-completed', [...bob, levelCompleted(1, '2016-09-01', 'prior-learning', 'bob')]],
  ] as const)('skips a waiting person who is now ineligible (%s) and promotes the next', (reason, bobNow) => {
    given(outcomes, ana, c1, { bob: [...bobNow], cat })
      .when(record('withdrawn'))
      .then({
        cohort: [anaLeavesC1('withdrawn').cohort, skip('bob', reason).cohort, promotion('cat').cohort],
        staff: {
          ana: [anaLeavesC1('withdrawn').staff],
          bob: [skip('bob', reason).staff],
          cat: [promotion('cat').staff],
        },
      });
  });

  it('leaves the place free when nobody waiting can take it', () => {
    given(outcomes, ana, c1, { bob: [...bob, left('bob', '2016-09-15')], cat: [...cat, left('cat', '2016-09-20')] })
      .when(record('deferred'))
      .then({
        cohort: [anaLeavesC1('deferred').cohort, skip('bob', 'has-left').cohort, skip('cat', 'has-left').cohort],
        staff: {
          ana: [anaLeavesC1('deferred').staff],
          bob: [skip('bob', 'has-left').staff],
          cat: [skip('cat', 'has-left').staff],
        },
      });
  });

  it('promotes nobody when nobody waits', () => {
    given(outcomes, ana, [scheduled('c1', 1), personEnrolled('ana')])
      .when(record('withdrawn'))
      .then({ cohort: [anaLeavesC1('withdrawn').cohort], staff: { ana: [anaLeavesC1('withdrawn').staff] } });
  });

  it('records the promoted person as holding the place from the promotion', () => {
    given(
      outcomes,
      [...bob, enrolmentStarted('c1', 1, '2016-10-01', 'enrolled', 'bob')],
      [...c1, outcomeRecorded('ana', 'withdrawn', '2016-10-01'), promoted('bob', '2016-10-01')],
    )
      .when({ ...record('withdrawn', 'bob'), on: '2016-09-30' })
      .thenThrows('TRAINING.OUTCOME_BEFORE_ENROLMENT', 'rule');
  });

  it('needs the state of every person it examines on the waiting list', () => {
    expect(() => given(outcomes, ana, c1, { cat }).when(record('withdrawn')).then({ cohort: [], staff: {} })).toThrow(
      'decideOutcome needs the state of waitlisted person bob',
    );
  });
});
