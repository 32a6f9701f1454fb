import { given, twoAggregateDecision } from '../../../test/support/given-when-then.js';
import type { SystemicLevel } from '../../shared/values.js';
import { staffDecider } from '../../staff/domain/staff.decider.js';
import {
  enrolmentEnded,
  enrolmentStarted,
  hired,
  left,
  levelCompleted,
  levelsUpTo,
} from '../../staff/domain/staff.fixtures.js';
import type { EnrolInCohort } from './cohort.commands.js';
import { cohortDecider } from './cohort.decider.js';
import { outcomeRecorded, personEnrolled, personWaitlisted, scheduled } from './cohort.fixtures.js';
import { decideEnrolment } from './enrolment.decider.js';

const enrolment = twoAggregateDecision(staffDecider, cohortDecider, decideEnrolment);

const enrol = (cohortId = 'c1', enrolledOn = '2016-08-10', staffId = 'ana'): EnrolInCohort => ({
  type: 'EnrolInCohort',
  cohortId,
  staffId,
  enrolledOn,
});

const enrolled = (
  level: SystemicLevel,
  cohortId = 'c1',
  on = '2016-08-10',
  run = { cohortStartsOn: '2016-09-01', cohortEndsOn: '2017-07-31' },
) => ({
  staff: [enrolmentStarted(cohortId, level, on, 'enrolled', 'ana', run)],
  cohort: [personEnrolled('ana', cohortId, level, on)],
});

const waitlisted = (level: SystemicLevel, cohortId = 'c1', on = '2016-08-10') => ({
  staff: [enrolmentStarted(cohortId, level, on, 'waitlisted')],
  cohort: [personWaitlisted('ana', cohortId, level, on)],
});

describe('EnrolInCohort', () => {
  it('enrols anyone in level 1: it requires nothing', () => {
    given(enrolment, [hired()], [scheduled('c1', 1)])
      .when(enrol())
      .then(enrolled(1));
  });

  it('enrols in level N after level N-1 completed in a cohort', () => {
    given(enrolment, [hired(), levelCompleted(1, '2016-07-20', 'c0')], [scheduled('c1', 2)])
      .when(enrol())
      .then(enrolled(2));
  });

  it('enrols in level N after level N-1 recorded as prior learning', () => {
    given(enrolment, [hired(), levelCompleted(3, '2015-07-01')], [scheduled('c1', 4)])
      .when(enrol())
      .then(enrolled(4));
  });

  it.each([2, 3, 4] as const)('refuses level %p without the level below', (level) => {
    given(enrolment, [hired(), ...levelsUpTo(level - 2)], [scheduled('c1', level)])
      .when(enrol())
      .thenThrows('TRAINING.LEVEL_NOT_REACHED', 'rule');
  });

  it('refuses a level already completed', () => {
    given(enrolment, [hired(), ...levelsUpTo(2)], [scheduled('c1', 2)])
      .when(enrol())
      .thenThrows('TRAINING.LEVEL_ALREADY_COMPLETED', 'rule');
  });

  it('refuses someone enrolled in an open cohort of another level', () => {
    given(enrolment, [hired(), ...levelsUpTo(1), enrolmentStarted('c0', 1, '2016-06-01')], [scheduled('c1', 1)])
      .when(enrol())
      .thenThrows('TRAINING.ALREADY_ENROLLED', 'rule');
  });

  it('refuses someone still enrolled elsewhere after being taken off another waiting list', () => {
    given(
      enrolment,
      [
        hired(),
        enrolmentStarted('c8', 1, '2016-06-01', 'waitlisted'),
        enrolmentStarted('c9', 1, '2016-06-02'),
        enrolmentEnded('c8', 1, 'removed-from-waitlist', '2016-07-01'),
      ],
      [scheduled('c1', 1)],
    )
      .when(enrol())
      .thenThrows('TRAINING.ALREADY_ENROLLED', 'rule');
  });

  it('refuses someone already enrolled in this cohort', () => {
    given(enrolment, [hired(), enrolmentStarted('c1', 1, '2016-08-01')], [scheduled(), personEnrolled('ana')])
      .when(enrol())
      .thenThrows('TRAINING.ALREADY_ENROLLED', 'rule');
  });

  it('refuses someone already on the waiting list of this cohort', () => {
    given(
      enrolment,
      [hired(), enrolmentStarted('c1', 1, '2016-08-02', 'waitlisted')],
      [scheduled('c1', 1, { capacity: 1 }), personEnrolled('bob'), personWaitlisted('ana')],
    )
      .when(enrol())
      .thenThrows('TRAINING.ALREADY_WAITLISTED', 'rule');
  });

  it('enrols someone who is only waiting for a place elsewhere', () => {
    given(enrolment, [hired(), enrolmentStarted('c0', 1, '2016-06-01', 'waitlisted')], [scheduled('c1', 1)])
      .when(enrol())
      .then(enrolled(1));
  });

  it('puts the person on the waiting list of a full cohort', () => {
    given(enrolment, [hired()], [scheduled('c1', 1, { capacity: 2 }), personEnrolled('bob'), personEnrolled('cat')])
      .when(enrol())
      .then(waitlisted(1));
  });

  it('gives a place freed before anyone waits to the next to enrol', () => {
    given(
      enrolment,
      [hired()],
      [scheduled('c1', 1, { capacity: 1 }), personEnrolled('bob'), outcomeRecorded('bob', 'withdrawn', '2016-08-05')],
    )
      .when(enrol())
      .then(enrolled(1));
  });

  it('lets a deferred person enrol in another cohort of the same level, keeping the level below', () => {
    given(
      enrolment,
      [
        hired(),
        ...levelsUpTo(1),
        enrolmentStarted('c2', 2, '2016-08-01'),
        enrolmentEnded('c2', 2, 'deferred', '2016-11-01'),
      ],
      [scheduled('c3', 2, { startsOn: '2017-09-01', endsOn: '2018-07-31' })],
    )
      .when(enrol('c3', '2017-08-01'))
      .then(enrolled(2, 'c3', '2017-08-01', { cohortStartsOn: '2017-09-01', cohortEndsOn: '2018-07-31' }));
  });

  it('lets a person who withdrew come back to the same cohort', () => {
    given(
      enrolment,
      [hired(), enrolmentStarted('c1', 1, '2016-08-01'), enrolmentEnded('c1', 1, 'withdrawn', '2016-08-05')],
      [scheduled(), personEnrolled('ana'), outcomeRecorded('ana', 'withdrawn', '2016-08-05')],
    )
      .when(enrol())
      .then(enrolled(1));
  });

  it('refuses a person who failed this cohort', () => {
    given(
      enrolment,
      [hired(), enrolmentStarted('c1', 1, '2016-08-01'), enrolmentEnded('c1', 1, 'failed', '2016-09-05')],
      [scheduled(), personEnrolled('ana'), outcomeRecorded('ana', 'failed', '2016-09-05')],
    )
      .when(enrol('c1', '2016-09-10'))
      .thenThrows('TRAINING.OUTCOME_ALREADY_RECORDED', 'rule');
  });

  it('refuses a leaver', () => {
    given(enrolment, [hired(), left('ana', '2016-07-31')], [scheduled()])
      .when(enrol())
      .thenThrows('STAFF.HAS_LEFT', 'rule');
  });

  it('refuses a date before the person started', () => {
    given(enrolment, [hired('ana', { startedOn: '2016-09-01' })], [scheduled()])
      .when(enrol('c1', '2016-08-31'))
      .thenThrows('STAFF.EFFECTIVE_BEFORE_START', 'rule');
  });

  it('refuses a cohort that has already ended', () => {
    given(enrolment, [hired()], [scheduled()])
      .when(enrol('c1', '2017-08-01'))
      .thenThrows('COHORT.ALREADY_ENDED', 'rule');
  });

  it('refuses a date that is not a calendar date', () => {
    given(enrolment, [hired()], [scheduled()])
      .when(enrol('c1', '2016-02-30'))
      .thenThrows('TRAINING.INVALID_DATE', 'invalid');
  });

  it('refuses an unknown cohort', () => {
    given(enrolment, [hired()], []).when(enrol()).thenThrows('COHORT.NOT_FOUND', 'not-found');
  });

  it('refuses an unknown person', () => {
    given(enrolment, [], [scheduled()]).when(enrol()).thenThrows('STAFF.NOT_FOUND', 'not-found');
  });
});
