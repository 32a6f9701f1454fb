import { given } from '../../../test/support/given-when-then.js';
import { fold } from '../../shared/decider.js';
import type { Qualification } from './staff.events.js';
import { dualQualificationEvents, isDualQualified } from './dual-qualification.js';
import { staffDecider } from './staff.decider.js';
import {
  dualAttained,
  familyTherapyQualified,
  hired,
  levelCompleted,
  levelsUpTo,
  registered,
} from './staff.fixtures.js';
import { evolveStaff, initialStaffState, systemicLevelOf } from './staff.state.js';

const record = (qualification: Qualification, achievedOn: string) => ({
  type: 'RecordQualification' as const,
  staffId: 'ana',
  qualification,
  evidenceRef: 'ev-1',
  achievedOn,
});
const recorded = (qualification: Qualification, achievedOn: string) => ({
  type: 'QualificationRecorded' as const,
  data: { staffId: 'ana', evidenceRef: 'ev-1', achievedOn, ...qualification },
});
const swe = { kind: 'social-work-registration', registrationNumber: 'SW100001' } as const;
const level4 = { kind: 'systemic-level', level: 4 } as const;
const familyTherapy = { kind: 'family-therapy' } as const;
const priorLevel4 = (on: string) => levelCompleted(4, on);
const lapsed = (lapsedOn: string) => ({
  type: 'SocialWorkRegistrationLapsed' as const,
  data: { staffId: 'ana', registrationNumber: 'SW100001', lapsedOn },
});

describe('dual qualification, derived on the person', () => {
  it('is attained when level 4 is completed by a registered social worker, on the completion date', () => {
    given(staffDecider, [hired(), registered('ana', '2016-05-01'), ...levelsUpTo(3)])
      .when(record(level4, '2019-07-01'))
      .then([recorded(level4, '2019-07-01'), priorLevel4('2019-07-01'), dualAttained('2019-07-01')]);
  });

  it('is attained when a level 4 completer registers, on the registration date', () => {
    given(staffDecider, [hired(), ...levelsUpTo(4)])
      .when(record(swe, '2017-09-01'))
      .then([recorded(swe, '2017-09-01'), dualAttained('2017-09-01')]);
  });

  it('dates from when both held when the earlier fact is recorded last', () => {
    given(staffDecider, [hired(), ...levelsUpTo(3), priorLevel4('2019-07-01')])
      .when(record(swe, '2015-01-01'))
      .then([recorded(swe, '2015-01-01'), dualAttained('2019-07-01')]);
  });

  it('is attained by a family-therapy qualification of a social worker registered at hire', () => {
    given(staffDecider, [hired('ana', { registration: { number: 'SW9', registeredOn: '2012-01-01' } })])
      .when(record(familyTherapy, '2016-10-01'))
      .then([recorded(familyTherapy, '2016-10-01'), dualAttained('2016-10-01')]);
  });

  it('is attained when a family therapist (a clinician) registers as a social worker', () => {
    given(staffDecider, [hired('ana', { role: 'clinician' }), familyTherapyQualified('ana', '2015-07-01')])
      .when(record(swe, '2016-06-01'))
      .then([recorded(swe, '2016-06-01'), dualAttained('2016-06-01')]);
  });

  it('is not attained by level 4 alone, nor by family therapy alone', () => {
    given(staffDecider, [hired(), familyTherapyQualified(), ...levelsUpTo(3)])
      .when(record(level4, '2019-07-01'))
      .then([recorded(level4, '2019-07-01'), priorLevel4('2019-07-01')]);
  });

  it('is not attained twice when a second route is completed', () => {
    given(staffDecider, [hired(), registered(), familyTherapyQualified(), dualAttained('2016-05-01'), ...levelsUpTo(3)])
      .when(record(level4, '2019-07-01'))
      .then([recorded(level4, '2019-07-01'), priorLevel4('2019-07-01')]);
  });

  it('ends when the registration lapses, on the lapse date', () => {
    given(staffDecider, [hired(), registered(), ...levelsUpTo(4), dualAttained('2016-05-01')])
      .when({ type: 'RecordRegistrationLapse', staffId: 'ana', lapsedOn: '2018-02-01' })
      .then([
        lapsed('2018-02-01'),
        {
          type: 'DualQualificationEnded',
          data: { staffId: 'ana', on: '2018-02-01', reason: 'social-work-registration-lapsed' },
        },
      ]);
  });

  it('never ends before it started, even when the lapse is dated earlier', () => {
    given(staffDecider, [
      hired(),
      registered(),
      ...levelsUpTo(3),
      priorLevel4('2019-07-01'),
      dualAttained('2019-07-01'),
    ])
      .when({ type: 'RecordRegistrationLapse', staffId: 'ana', lapsedOn: '2018-02-01' })
      .then([
        lapsed('2018-02-01'),
        {
          type: 'DualQualificationEnded',
          data: { staffId: 'ana', on: '2019-07-01', reason: 'social-work-registration-lapsed' },
        },
      ]);
  });

  it('is attained again when the person registers again after a lapse', () => {
    given(staffDecider, [
      hired(),
      registered(),
      familyTherapyQualified(),
      dualAttained('2016-05-01'),
      lapsed('2018-02-01'),
      {
        type: 'DualQualificationEnded',
        data: { staffId: 'ana', on: '2018-02-01', reason: 'social-work-registration-lapsed' },
      },
    ])
      .when(record({ kind: 'social-work-registration', registrationNumber: 'SW200002' }, '2018-09-01'))
      .then([
        recorded({ kind: 'social-work-registration', registrationNumber: 'SW200002' }, '2018-09-01'),
        dualAttained('2018-09-01'),
      ]);
  });

  it('does not end on a lapse when it was never attained', () => {
    given(staffDecider, [hired(), registered(), ...levelsUpTo(2)])
      .when({ type: 'RecordRegistrationLapse', staffId: 'ana', lapsedOn: '2018-02-01' })
      .then([lapsed('2018-02-01')]);
  });
});

describe('dualQualificationEvents', () => {
  const state = (...events: Parameters<typeof evolveStaff>[1][]) => fold(evolveStaff, initialStaffState, events);

  it('records the fact when the derived condition holds but was never recorded', () => {
    const s = state(hired(), registered('ana', '2016-05-01'), familyTherapyQualified('ana', '2015-07-01'));
    expect(isDualQualified(s)).toBe(true);
    expect(dualQualificationEvents(s, s, '2020-01-01')).toEqual([dualAttained('2016-05-01')]);
  });

  it('returns nothing when recorded and derived agree', () => {
    const s = state(hired(), registered(), familyTherapyQualified(), dualAttained('2016-05-01'));
    expect(dualQualificationEvents(s, s, '2020-01-01')).toEqual([]);
    expect(dualQualificationEvents(state(hired()), state(hired()), '2020-01-01')).toEqual([]);
  });
});

describe('staff state', () => {
  it('knows the highest level completed, 0 when none', () => {
    expect(systemicLevelOf(fold(evolveStaff, initialStaffState, [hired()]))).toBe(0);
    expect(systemicLevelOf(fold(evolveStaff, initialStaffState, [hired(), ...levelsUpTo(3)]))).toBe(3);
  });
});
