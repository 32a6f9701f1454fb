import { given } from '../../../test/support/given-when-then.js';
import { fold } from '../../shared/decider.js';
import type { ScheduleCohort } from './cohort.commands.js';
import { cohortDecider } from './cohort.decider.js';
import { outcomeRecorded, personEnrolled, personWaitlisted, promoted, scheduled } from './cohort.fixtures.js';
import { evolveCohort, initialCohortState, placesLeft, waitingList } from './cohort.state.js';

const schedule = (fields: Partial<ScheduleCohort> = {}): ScheduleCohort => ({
  type: 'ScheduleCohort',
  cohortId: 'c1',
  level: 2,
  name: ' Systemic Year 2, 2016/17 ',
  provider: ' Tavistock ',
  startsOn: '2016-09-01',
  endsOn: '2017-07-31',
  capacity: 30,
  ...fields,
});

describe('ScheduleCohort', () => {
  it('schedules one run of one level', () => {
    given(cohortDecider, [])
      .when(schedule())
      .then([
        {
          type: 'CohortScheduled',
          data: {
            cohortId: 'c1',
            level: 2,
            name: 'Systemic Year 2, 2016/17',
            provider: 'Tavistock',
            startsOn: '2016-09-01',
            endsOn: '2017-07-31',
            capacity: 30,
          },
        },
      ]);
  });

  it('keeps the day the cohort was scheduled, when given', () => {
    given(cohortDecider, [])
      .when(schedule({ scheduledOn: '2016-06-01' }))
      .then([
        {
          type: 'CohortScheduled',
          data: {
            cohortId: 'c1',
            level: 2,
            name: 'Systemic Year 2, 2016/17',
            provider: 'Tavistock',
            startsOn: '2016-09-01',
            endsOn: '2017-07-31',
            capacity: 30,
            scheduledOn: '2016-06-01',
          },
        },
      ]);
  });

  it.each(['2017-08-01', '2016-02-30', 'June'])('refuses to be scheduled on %p (after its end, or no date)', (on) => {
    given(cohortDecider, [])
      .when(schedule({ scheduledOn: on }))
      .thenThrows('COHORT.INVALID_DATES', 'invalid');
  });

  it('refuses to schedule the same id twice', () => {
    given(cohortDecider, [scheduled('c1')])
      .when(schedule())
      .thenThrows('COHORT.ALREADY_SCHEDULED', 'conflict');
  });

  it.each([0, 5, 2.5, Number.NaN])('refuses the level %p', (level) => {
    given(cohortDecider, []).when(schedule({ level })).thenThrows('COHORT.INVALID_LEVEL', 'invalid');
  });

  it('refuses a missing name', () => {
    given(cohortDecider, [])
      .when(schedule({ name: ' ' }))
      .thenThrows('COHORT.INVALID_NAME', 'invalid');
  });

  it('refuses a missing provider', () => {
    given(cohortDecider, [])
      .when(schedule({ provider: '' }))
      .thenThrows('COHORT.INVALID_PROVIDER', 'invalid');
  });

  it.each([
    ['2016-09-31', '2017-07-31'],
    ['2016-09-01', '2017-02-29'],
    ['2016-09-01', '2016-09-01'],
    ['2017-09-01', '2017-07-31'],
    ['Sept 2016', '2017-07-31'],
  ])('refuses the dates %p to %p', (startsOn, endsOn) => {
    given(cohortDecider, []).when(schedule({ startsOn, endsOn })).thenThrows('COHORT.INVALID_DATES', 'invalid');
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses the capacity %p', (capacity) => {
    given(cohortDecider, []).when(schedule({ capacity })).thenThrows('COHORT.INVALID_CAPACITY', 'invalid');
  });
});

describe('cohort state', () => {
  const state = (...events: Parameters<typeof evolveCohort>[1][]) => fold(evolveCohort, initialCohortState, events);

  it('counts places left and keeps the waiting list in order of arrival', () => {
    const s = state(
      scheduled('c1', 1, { capacity: 2 }),
      personEnrolled('ana'),
      personWaitlisted('bob'),
      personEnrolled('dan'),
      personWaitlisted('cat'),
    );
    expect({ placesLeft: placesLeft(s), waitingList: waitingList(s) }).toEqual({
      placesLeft: 0,
      waitingList: ['bob', 'cat'],
    });
  });

  it('frees a place on withdrawal and fills it by promotion', () => {
    const s = state(
      scheduled(),
      personEnrolled('ana'),
      personEnrolled('dan'),
      personWaitlisted('bob'),
      personWaitlisted('cat'),
    );
    const freed = fold(evolveCohort, s, [outcomeRecorded('ana', 'withdrawn', '2016-10-01')]);
    expect({ placesLeft: placesLeft(freed), waitingList: waitingList(freed) }).toEqual({
      placesLeft: 1,
      waitingList: ['bob', 'cat'],
    });
    const filled = fold(evolveCohort, freed, [promoted('bob', '2016-10-01')]);
    expect({ placesLeft: placesLeft(filled), waitingList: waitingList(filled) }).toEqual({
      placesLeft: 0,
      waitingList: ['cat'],
    });
  });

  it('keeps a completed or failed place taken, so nobody jumps the waiting list', () => {
    const s = state(
      scheduled('c1', 1, { capacity: 2 }),
      personEnrolled('ana'),
      personEnrolled('dan'),
      personWaitlisted('bob'),
      outcomeRecorded('ana', 'completed', '2016-12-01'),
      outcomeRecorded('dan', 'failed', '2016-12-02'),
    );
    expect({ placesLeft: placesLeft(s), waitingList: waitingList(s) }).toEqual({ placesLeft: 0, waitingList: ['bob'] });
  });

  it('puts a person who comes back at the end of the waiting list', () => {
    const s = state(
      scheduled('c1', 1, { capacity: 1 }),
      personEnrolled('dan'),
      personWaitlisted('ana'),
      personWaitlisted('bob'),
      outcomeRecorded('ana', 'withdrawn', '2016-08-05', 'c1', 1, 'waitlisted'),
      personWaitlisted('ana', 'c1', 1, '2016-08-06'),
    );
    expect(waitingList(s)).toEqual(['bob', 'ana']);
  });
});
