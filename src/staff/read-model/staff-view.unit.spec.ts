import type { StaffEvent } from '../domain/staff.events.js';
import {
  dualAttained,
  enrolmentEnded,
  enrolmentStarted,
  familyTherapyQualified,
  hired,
  left,
  levelCompleted,
  registered,
} from '../domain/staff.fixtures.js';
import { evolveStaffView, isStaffEvent, type StaffView } from './staff-view.js';

/** Folds events as the projection does, stamping each with its stream version. */
const viewOf = (events: StaffEvent[]): StaffView | undefined =>
  events.reduce<StaffView | undefined>(
    (view, event, version) =>
      evolveStaffView(view, event, { version, recordedAt: `2020-01-01T00:00:0${version}.000Z` }),
    undefined,
  );

const fresh: StaffView = {
  staffId: 'ana',
  name: 'Person ana',
  borough: 'LBHF',
  role: 'social-worker',
  fteHundredths: 100,
  startedOn: '2016-04-01',
  leftOn: null,
  leftReason: null,
  registration: null,
  systemicLevel: 0,
  currentEnrolment: null,
  waitlists: [],
  dualQualified: false,
  dualQualifiedOn: null,
  qualifications: [],
  version: 0,
  updatedAt: '2020-01-01T00:00:00.000Z',
};

describe('staff view, one event at a time', () => {
  it('starts a person at hire, with version and time of the hire', () => {
    expect(viewOf([hired()])).toStrictEqual(fresh);
  });

  it('keeps a registration given at hire', () => {
    const view = viewOf([hired('ana', { registration: { number: 'SW9', registeredOn: '2012-01-01' } })]);
    expect(view?.registration).toStrictEqual({ number: 'SW9', registeredOn: '2012-01-01' });
    expect(view?.qualifications).toEqual([]);
  });

  it('has no view for a stream that does not start with a hire', () => {
    expect(viewOf([registered()])).toBeUndefined();
  });

  it('applies only the details that changed, and stamps the version and time of the last event', () => {
    const changed: StaffEvent = {
      type: 'StaffDetailsChanged',
      data: { staffId: 'ana', effectiveOn: '2017-01-01', fteHundredths: 60 },
    };
    expect(viewOf([hired(), changed])).toStrictEqual({
      ...fresh,
      fteHundredths: 60,
      version: 1,
      updatedAt: '2020-01-01T00:00:01.000Z',
    });
    const moved: StaffEvent = {
      type: 'StaffDetailsChanged',
      data: { staffId: 'ana', effectiveOn: '2017-02-01', role: 'clinician', borough: 'WCC' },
    };
    expect(viewOf([hired(), changed, moved])).toMatchObject({ role: 'clinician', borough: 'WCC', fteHundredths: 60 });
  });

  it('records leaving with its date and reason', () => {
    expect(viewOf([hired(), left('ana', '2018-03-31')])).toMatchObject({
      leftOn: '2018-03-31',
      leftReason: 'moved away',
    });
  });

  it('lists qualifications in the order recorded and tracks the current registration', () => {
    const prior: StaffEvent = {
      type: 'QualificationRecorded',
      data: { staffId: 'ana', evidenceRef: 'cert', achievedOn: '2014-07-01', kind: 'systemic-level', level: 1 },
    };
    const view = viewOf([hired(), registered('ana', '2016-05-01'), familyTherapyQualified('ana', '2015-07-01'), prior]);
    expect(view?.registration).toStrictEqual({ number: 'SW100001', registeredOn: '2016-05-01' });
    expect(view?.qualifications).toStrictEqual([
      {
        kind: 'social-work-registration',
        evidenceRef: 'SWE register',
        achievedOn: '2016-05-01',
        registrationNumber: 'SW100001',
      },
      { kind: 'family-therapy', evidenceRef: 'AFT certificate', achievedOn: '2015-07-01' },
      { kind: 'systemic-level', evidenceRef: 'cert', achievedOn: '2014-07-01', level: 1 },
    ]);
    // Prior learning raises the level only through its SystemicLevelCompleted.
    expect(view?.systemicLevel).toBe(0);
  });

  it('clears the registration when it lapses but keeps the qualification history', () => {
    const lapsed: StaffEvent = {
      type: 'SocialWorkRegistrationLapsed',
      data: { staffId: 'ana', registrationNumber: 'SW100001', lapsedOn: '2018-01-01' },
    };
    const view = viewOf([hired(), registered(), lapsed]);
    expect(view?.registration).toBeNull();
    expect(view?.qualifications).toHaveLength(1);
  });

  it('shows the highest level completed, whatever the order recorded', () => {
    expect(viewOf([hired(), levelCompleted(2, '2018-07-01'), levelCompleted(1, '2017-07-01')])?.systemicLevel).toBe(2);
  });

  it('follows dual qualification as recorded, attained and ended', () => {
    const attained = viewOf([hired(), dualAttained('2019-07-01')]);
    expect(attained).toMatchObject({ dualQualified: true, dualQualifiedOn: '2019-07-01' });
    const ended: StaffEvent = {
      type: 'DualQualificationEnded',
      data: { staffId: 'ana', on: '2020-01-01', reason: 'social-work-registration-lapsed' },
    };
    expect(viewOf([hired(), dualAttained('2019-07-01'), ended])).toMatchObject({
      dualQualified: false,
      dualQualifiedOn: null,
    });
  });

  describe('current enrolment', () => {
    it('is the place held in a cohort', () => {
      expect(viewOf([hired(), enrolmentStarted('c1', 1, '2016-09-01')])?.currentEnrolment).toStrictEqual({
        cohortId: 'c1',
        level: 1,
        status: 'enrolled',
      });
    });

    it('is the first waiting list when no place is held, and the place once promoted', () => {
      const waiting = [hired(), enrolmentStarted('c1', 1, '2016-09-01', 'waitlisted')];
      expect(viewOf(waiting)?.currentEnrolment).toStrictEqual({ cohortId: 'c1', level: 1, status: 'waitlisted' });
      const promoted = [...waiting, enrolmentStarted('c1', 1, '2016-10-01')];
      expect(viewOf(promoted)).toMatchObject({
        currentEnrolment: { cohortId: 'c1', level: 1, status: 'enrolled' },
        waitlists: [],
      });
    });

    it('prefers a held place to a waiting list joined before or after it', () => {
      const history = [
        hired(),
        enrolmentStarted('w1', 2, '2016-08-01', 'waitlisted'),
        enrolmentStarted('c1', 1, '2016-09-01'),
        enrolmentStarted('w2', 2, '2016-09-02', 'waitlisted'),
      ];
      expect(viewOf(history)?.currentEnrolment).toStrictEqual({ cohortId: 'c1', level: 1, status: 'enrolled' });
    });

    it('falls back to the waiting list when the place ends, and to nothing after that', () => {
      const history = [
        hired(),
        enrolmentStarted('c1', 1, '2016-09-01'),
        enrolmentStarted('w1', 2, '2016-09-02', 'waitlisted'),
        enrolmentEnded('c1', 1, 'completed', '2017-07-01'),
      ];
      expect(viewOf(history)?.currentEnrolment).toStrictEqual({ cohortId: 'w1', level: 2, status: 'waitlisted' });
      const removed = [...history, enrolmentEnded('w1', 2, 'removed-from-waitlist', '2017-08-01')];
      expect(viewOf(removed)).toMatchObject({ currentEnrolment: null, waitlists: [] });
    });

    it('keeps the held place when a waiting list it is also on ends', () => {
      const history = [
        hired(),
        enrolmentStarted('c1', 1, '2016-09-01'),
        enrolmentStarted('w1', 2, '2016-09-02', 'waitlisted'),
        enrolmentEnded('w1', 2, 'withdrawn', '2016-10-01'),
      ];
      expect(viewOf(history)).toMatchObject({
        currentEnrolment: { cohortId: 'c1', level: 1, status: 'enrolled' },
        waitlists: [],
      });
    });
  });
});

describe('which events the view follows', () => {
  it('takes staff events on a person stream', () => {
    expect(isStaffEvent({ streamId: 'staff-1', type: 'StaffHired' })).toBe(true);
    expect(isStaffEvent({ streamId: 'staff-1', type: 'DualQualificationEnded' })).toBe(true);
  });

  it('ignores other contexts, and staff-like names on other streams', () => {
    expect(isStaffEvent({ streamId: 'cohort-1', type: 'PersonEnrolled' })).toBe(false);
    expect(isStaffEvent({ streamId: 'cohort-1', type: 'EnrolmentStarted' })).toBe(false);
    expect(isStaffEvent({ streamId: 'staff-1', type: 'toString' })).toBe(false);
  });
});
