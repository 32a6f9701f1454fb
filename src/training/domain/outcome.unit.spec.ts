import { given, twoAggregateDecision } from '../../../test/support/given-when-then.js';
import { staffDecider } from '../../staff/domain/staff.decider.js';
import {
  dualAttained,
  enrolmentEnded,
  enrolmentStarted,
  hired,
  left,
  levelCompleted,
  levelsUpTo,
  registered,
} from '../../staff/domain/staff.fixtures.js';
import type { RecordEnrolmentOutcome } from './cohort.commands.js';
import { cohortDecider } from './cohort.decider.js';
import { outcomeRecorded, personEnrolled, personWaitlisted, promoted, scheduled } from './cohort.fixtures.js';
import { decideOutcome } from './enrolment.decider.js';

const outcomes = twoAggregateDecision(staffDecider, cohortDecider, decideOutcome);

const record = (
  outcome: string,
  on = '2017-07-15',
  fields: Partial<RecordEnrolmentOutcome> = {},
): RecordEnrolmentOutcome => ({
  type: 'RecordEnrolmentOutcome',
  cohortId: 'c1',
  staffId: 'ana',
  outcome,
  on,
  ...fields,
});

// Ana holds a place in level 1 cohort c1 (capacity 2) since 2016-08-01.
const ana = [hired(), enrolmentStarted('c1', 1, '2016-08-01')];
const c1 = [scheduled('c1', 1), personEnrolled('ana')];

describe('RecordEnrolmentOutcome', () => {
  it('completing level N completes it for the person', () => {
    given(outcomes, ana, c1)
      .when(record('completed'))
      .then({
        cohort: [outcomeRecorded('ana', 'completed', '2017-07-15')],
        staff: { ana: [enrolmentEnded('c1', 1, 'completed', '2017-07-15'), levelCompleted(1, '2017-07-15', 'c1')] },
      });
  });

  it('completing level 4 makes a registered social worker dual qualified on that date', () => {
    given(
      outcomes,
      [hired(), registered(), ...levelsUpTo(3), enrolmentStarted('c4', 4, '2018-08-01')],
      [
        scheduled('c4', 4, { startsOn: '2018-09-01', endsOn: '2019-07-31' }),
        personEnrolled('ana', 'c4', 4, '2018-08-01'),
      ],
    )
      .when(record('completed', '2019-07-20', { cohortId: 'c4' }))
      .then({
        cohort: [outcomeRecorded('ana', 'completed', '2019-07-20', 'c4', 4)],
        staff: {
          ana: [
            enrolmentEnded('c4', 4, 'completed', '2019-07-20'),
            levelCompleted(4, '2019-07-20', 'c4'),
            dualAttained('2019-07-20'),
          ],
        },
      });
  });

  it('completing level 4 without a registration does not make the person dual qualified', () => {
    given(
      outcomes,
      [hired(), ...levelsUpTo(3), enrolmentStarted('c4', 4, '2018-08-01')],
      [scheduled('c4', 4), personEnrolled('ana', 'c4', 4)],
    )
      .when(record('completed', '2017-07-20', { cohortId: 'c4' }))
      .then({
        cohort: [outcomeRecorded('ana', 'completed', '2017-07-20', 'c4', 4)],
        staff: { ana: [enrolmentEnded('c4', 4, 'completed', '2017-07-20'), levelCompleted(4, '2017-07-20', 'c4')] },
      });
  });

  it('does not complete a level twice when prior learning recorded it meanwhile', () => {
    given(outcomes, [...ana, levelCompleted(1, '2016-12-01')], c1)
      .when(record('completed'))
      .then({
        cohort: [outcomeRecorded('ana', 'completed', '2017-07-15')],
        staff: { ana: [enrolmentEnded('c1', 1, 'completed', '2017-07-15')] },
      });
  });

  it('a failure completes nothing and frees no place', () => {
    given(outcomes, ana, [...c1, personEnrolled('dan'), personWaitlisted('bob')], { bob: [hired('bob')] })
      .when(record('failed'))
      .then({
        cohort: [outcomeRecorded('ana', 'failed', '2017-07-15')],
        staff: { ana: [enrolmentEnded('c1', 1, 'failed', '2017-07-15')] },
      });
  });

  it('keeps the reason given', () => {
    given(outcomes, ana, c1)
      .when(record('withdrawn', '2016-10-01', { reason: ' caring duties ' }))
      .then({
        cohort: [
          {
            ...outcomeRecorded('ana', 'withdrawn', '2016-10-01'),
            data: { ...outcomeRecorded('ana', 'withdrawn', '2016-10-01').data, reason: 'caring duties' },
          },
        ],
        staff: { ana: [enrolmentEnded('c1', 1, 'withdrawn', '2016-10-01')] },
      });
  });

  it('records the outcome of a leaver, whose withdrawal frees the place', () => {
    given(outcomes, [...ana, left('ana', '2016-09-30')], [...c1, personEnrolled('dan'), personWaitlisted('bob')], {
      bob: [hired('bob')],
    })
      .when(record('withdrawn', '2016-10-01'))
      .then({
        cohort: [outcomeRecorded('ana', 'withdrawn', '2016-10-01'), promoted('bob', '2016-10-01')],
        staff: {
          ana: [enrolmentEnded('c1', 1, 'withdrawn', '2016-10-01')],
          bob: [enrolmentStarted('c1', 1, '2016-10-01', 'enrolled', 'bob')],
        },
      });
  });

  it('takes a waitlisted person off the list when they withdraw, freeing no place', () => {
    const full = [
      scheduled('c1', 1, { capacity: 1 }),
      personEnrolled('dan'),
      personWaitlisted('ana'),
      personWaitlisted('bob'),
    ];
    given(outcomes, [hired(), enrolmentStarted('c1', 1, '2016-08-02', 'waitlisted')], full, { bob: [hired('bob')] })
      .when(record('withdrawn', '2016-09-01'))
      .then({
        cohort: [outcomeRecorded('ana', 'withdrawn', '2016-09-01', 'c1', 1, 'waitlisted')],
        staff: { ana: [enrolmentEnded('c1', 1, 'withdrawn', '2016-09-01')] },
      });
  });

  it.each(['completed', 'failed'])('refuses %s for someone on the waiting list', (outcome) => {
    const full = [scheduled('c1', 1, { capacity: 1 }), personEnrolled('dan'), personWaitlisted('ana')];
    given(outcomes, [hired(), enrolmentStarted('c1', 1, '2016-08-02', 'waitlisted')], full)
      .when(record(outcome))
      .thenThrows('TRAINING.NOT_ENROLLED', 'rule');
  });

  it('refuses someone not in the cohort', () => {
    given(outcomes, [hired()], [scheduled(), personEnrolled('bob')])
      .when(record('completed'))
      .thenThrows('TRAINING.NOT_ENROLLED', 'rule');
  });

  it('refuses a second outcome', () => {
    given(
      outcomes,
      [...ana, enrolmentEnded('c1', 1, 'deferred', '2016-12-01')],
      [...c1, outcomeRecorded('ana', 'deferred', '2016-12-01')],
    )
      .when(record('completed'))
      .thenThrows('TRAINING.OUTCOME_ALREADY_RECORDED', 'rule');
  });

  it('refuses an outcome dated before the enrolment', () => {
    given(outcomes, ana, c1)
      .when(record('withdrawn', '2016-07-31'))
      .thenThrows('TRAINING.OUTCOME_BEFORE_ENROLMENT', 'rule');
  });

  it.each(['passed', '', 'COMPLETED'])('refuses the outcome %p', (outcome) => {
    given(outcomes, ana, c1).when(record(outcome)).thenThrows('TRAINING.INVALID_OUTCOME', 'invalid');
  });

  it('refuses a date that is not a calendar date', () => {
    given(outcomes, ana, c1).when(record('completed', '2017-06-31')).thenThrows('TRAINING.INVALID_DATE', 'invalid');
  });

  it('refuses an unknown cohort', () => {
    given(outcomes, ana, []).when(record('completed')).thenThrows('COHORT.NOT_FOUND', 'not-found');
  });

  it('refuses an unknown person', () => {
    given(outcomes, [], c1).when(record('completed')).thenThrows('STAFF.NOT_FOUND', 'not-found');
  });
});
