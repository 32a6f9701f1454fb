import { staffTimeline } from './staff-timeline.js';
import { PRIOR_LEARNING, type StaffEvent } from './staff.events.js';

const id = 'a1b2c3d4-0000-4000-8000-000000000001';
const hired: StaffEvent = {
  type: 'StaffHired',
  data: {
    staffId: id,
    name: 'Ana Silva',
    borough: 'LBHF',
    role: 'social-worker',
    fteHundredths: 100,
    startedOn: '2016-04-01',
  },
};
const summaries = (events: StaffEvent[]) => staffTimeline(events).map((t) => t.summary);

describe('staff timeline', () => {
  it('tells a hire with its start date as the effective date', () => {
    expect(staffTimeline([hired])).toEqual([
      { summary: 'Hired Ana Silva as social-worker in LBHF at FTE 1', effectiveOn: '2016-04-01' },
    ]);
  });

  it('tells a change as from → to, each from what the earlier changes left', () => {
    const first: StaffEvent = {
      type: 'StaffDetailsChanged',
      data: { staffId: id, effectiveOn: '2017-04-01', fteHundredths: 80, borough: 'WCC' },
    };
    const second: StaffEvent = {
      type: 'StaffDetailsChanged',
      data: { staffId: id, effectiveOn: '2018-01-01', fteHundredths: 60, role: 'frontline-manager' },
    };
    expect(staffTimeline([hired, first, second]).slice(1)).toEqual([
      { summary: 'FTE 1 → 0.8, borough LBHF → WCC', effectiveOn: '2017-04-01' },
      { summary: 'role social-worker → frontline-manager, FTE 0.8 → 0.6', effectiveOn: '2018-01-01' },
    ]);
  });

  it('tells qualifications, training, dual qualification and leaving, each with its own date', () => {
    const events: StaffEvent[] = [
      hired,
      {
        type: 'QualificationRecorded',
        data: { staffId: id, kind: 'family-therapy', evidenceRef: 'AFT/7', achievedOn: '2015-07-01' },
      },
      {
        type: 'EnrolmentStarted',
        data: { staffId: id, cohortId: 'c-1', level: 2, status: 'waitlisted', on: '2016-05-01' },
      },
      {
        type: 'EnrolmentStarted',
        data: { staffId: id, cohortId: 'c-1', level: 2, status: 'enrolled', on: '2016-06-01' },
      },
      {
        type: 'EnrolmentEnded',
        data: { staffId: id, cohortId: 'c-1', level: 2, outcome: 'completed', on: '2017-03-01' },
      },
      { type: 'SystemicLevelCompleted', data: { staffId: id, level: 2, completedOn: '2017-03-01', cohortId: 'c-1' } },
      {
        type: 'SystemicLevelCompleted',
        data: { staffId: id, level: 1, completedOn: '2014-01-01', cohortId: PRIOR_LEARNING },
      },
      { type: 'DualQualificationAttained', data: { staffId: id, on: '2016-04-01' } },
      {
        type: 'SocialWorkRegistrationLapsed',
        data: { staffId: id, registrationNumber: 'SW1', lapsedOn: '2018-01-01', reason: 'Not renewed' },
      },
      {
        type: 'DualQualificationEnded',
        data: { staffId: id, on: '2018-01-01', reason: 'social-work-registration-lapsed' },
      },
      { type: 'StaffLeft', data: { staffId: id, leftOn: '2019-03-31', reason: 'Retired' } },
    ];
    expect(staffTimeline(events).slice(1)).toEqual([
      { summary: 'Qualification recorded: family therapy (evidence AFT/7)', effectiveOn: '2015-07-01' },
      { summary: 'Waitlisted for systemic level 2, cohort c-1', effectiveOn: '2016-05-01' },
      { summary: 'Enrolled in systemic level 2, cohort c-1', effectiveOn: '2016-06-01' },
      { summary: 'Systemic level 2 enrolment in cohort c-1 ended: completed', effectiveOn: '2017-03-01' },
      { summary: 'Completed systemic level 2 in cohort c-1', effectiveOn: '2017-03-01' },
      { summary: 'Completed systemic level 1 by prior learning', effectiveOn: '2014-01-01' },
      { summary: 'Became dual-qualified (social work registration and family therapy)', effectiveOn: '2016-04-01' },
      { summary: 'Social work registration SW1 lapsed: Not renewed', effectiveOn: '2018-01-01' },
      { summary: 'Dual qualification ended: social work registration lapsed', effectiveOn: '2018-01-01' },
      { summary: 'Left: Retired', effectiveOn: '2019-03-31' },
    ]);
  });

  it('names a registration and a systemic level recorded as qualifications', () => {
    expect(
      summaries([
        {
          type: 'QualificationRecorded',
          data: {
            staffId: id,
            kind: 'social-work-registration',
            registrationNumber: 'SW42',
            evidenceRef: 'SWE',
            achievedOn: '2012-09-01',
          },
        },
        {
          type: 'QualificationRecorded',
          data: { staffId: id, kind: 'systemic-level', level: 3, evidenceRef: 'MSc', achievedOn: '2013-09-01' },
        },
      ]),
    ).toEqual([
      'Qualification recorded: social work registration SW42 (evidence SWE)',
      'Qualification recorded: systemic level 3 (evidence MSc)',
    ]);
  });

  it('still lists an event type it does not know, by name, without a date', () => {
    const newer = { type: 'StaffRenamed', data: { staffId: id } } as unknown as StaffEvent;
    expect(staffTimeline([hired, newer])[1]).toEqual({
      summary: 'StaffRenamed (no summary for this event type)',
      effectiveOn: null,
    });
  });
});
