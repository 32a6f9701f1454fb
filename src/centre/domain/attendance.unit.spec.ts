import { given, twoAggregateDecision } from '../../../test/support/given-when-then.js';
import { classroomDay, registered, selectedCouncil, supportGiven, YEAR } from './centre.fixtures.js';
import { decideAttendance } from './attendance.decider.js';
import { intakeDecider } from './intake.decider.js';
import type { CompleteParticipant, RecordAttendance } from './participant.commands.js';
import { participantDecider } from './participant.decider.js';

const attendance = twoAggregateDecision(participantDecider, intakeDecider, (c: RecordAttendance, p, i) =>
  decideAttendance(c, p, i),
);
const day = (overrides: Partial<RecordAttendance> = {}): RecordAttendance => ({
  type: 'RecordAttendance',
  participantId: 'p1',
  intakeYear: YEAR,
  on: '2017-04-10',
  kind: 'classroom',
  ...overrides,
});
const complete = (on = '2018-03-01'): CompleteParticipant => ({ type: 'CompleteParticipant', participantId: 'p1', on });

describe('attendance', () => {
  it('records a classroom day', () => {
    given(attendance, [registered()], selectedCouncil())
      .when(day())
      .then([classroomDay('2017-04-10')]);
  });

  it('records an embedded day in a named Triborough service', () => {
    given(attendance, [registered()], selectedCouncil())
      .when(day({ kind: 'embedded', service: ' Children in need, Westminster ', borough: 'WCC' }))
      .then([
        {
          type: 'CentreAttendanceRecorded',
          data: {
            participantId: 'p1',
            on: '2017-04-10',
            kind: 'embedded',
            service: 'Children in need, Westminster',
            borough: 'WCC',
          },
        },
      ]);
    given(attendance, [registered()], selectedCouncil())
      .when(day({ kind: 'embedded', borough: 'WCC' }))
      .thenThrows('CENTRE.INVALID_SERVICE', 'invalid');
    given(attendance, [registered()], selectedCouncil())
      .when(day({ kind: 'embedded', service: 'CIN', borough: 'Camden' }))
      .thenThrows('CENTRE.INVALID_BOROUGH', 'invalid');
  });

  it("records an on-site day only when that staff member's support at the council was recorded that day", () => {
    const intake = [...selectedCouncil(), supportGiven('s1', '2017-05-02')];
    given(attendance, [registered()], intake)
      .when(day({ kind: 'on-site', staffId: 'S1', on: '2017-05-02' }))
      .then([
        {
          type: 'CentreAttendanceRecorded',
          data: { participantId: 'p1', on: '2017-05-02', kind: 'on-site', staffId: 's1' },
        },
      ]);
    const error = given(attendance, [registered()], intake)
      .when(day({ kind: 'on-site', staffId: 's1', on: '2017-05-03' }))
      .thenThrows('CENTRE.NO_ON_SITE_SUPPORT', 'rule');
    expect(error.details).toEqual({ participantId: 'p1', staffId: 's1' });
    // Support at another council does not count.
    given(
      attendance,
      [registered()],
      [...intake, ...selectedCouncil('c2', 'Eastshire'), supportGiven('s2', '2017-05-04', 'c2')],
    )
      .when(day({ kind: 'on-site', staffId: 's2', on: '2017-05-04' }))
      .thenThrows('CENTRE.NO_ON_SITE_SUPPORT');
  });

  it('refuses a day before the intake starts or before registration, and a second record of a day', () => {
    given(attendance, [registered()], selectedCouncil())
      .when(day({ on: '2017-03-31' }))
      .thenThrows('CENTRE.BEFORE_INTAKE_START');
    given(attendance, [registered('p1', { registeredOn: '2017-05-01' })], selectedCouncil())
      .when(day({ on: '2017-04-30' }))
      .thenThrows('CENTRE.DATE_BEFORE_REGISTRATION');
    given(attendance, [registered(), classroomDay('2017-04-10')], selectedCouncil())
      .when(day({ kind: 'embedded', service: 'CIN', borough: 'LBHF' }))
      .thenThrows('CENTRE.ATTENDANCE_ALREADY_RECORDED');
  });

  it('refuses fields that do not go with the kind, an unknown kind, another intake and an unknown participant', () => {
    given(attendance, [registered()], selectedCouncil())
      .when(day({ staffId: 's1' }))
      .thenThrows('CENTRE.INVALID_ATTENDANCE', 'invalid');
    given(attendance, [registered()], selectedCouncil())
      .when(day({ kind: 'webinar' }))
      .thenThrows('CENTRE.INVALID_KIND', 'invalid');
    given(attendance, [registered()], selectedCouncil())
      .when(day({ intakeYear: 3 }))
      .thenThrows('CENTRE.PARTICIPANT_NOT_IN_INTAKE');
    given(attendance, [], selectedCouncil()).when(day()).thenThrows('CENTRE.PARTICIPANT_NOT_FOUND', 'not-found');
  });

  it('takes no day after completion', () => {
    given(
      attendance,
      [registered(), { type: 'CentreParticipantCompleted', data: { participantId: 'p1', completedOn: '2018-03-01' } }],
      selectedCouncil(),
    )
      .when(day())
      .thenThrows('CENTRE.PARTICIPANT_COMPLETED', 'rule');
  });
});

describe('completion', () => {
  it('completes a participant once, on or after the last day attended', () => {
    given(participantDecider, [registered(), classroomDay('2018-02-01')])
      .when(complete())
      .then([{ type: 'CentreParticipantCompleted', data: { participantId: 'p1', completedOn: '2018-03-01' } }]);
    given(participantDecider, [registered(), classroomDay('2018-02-01')])
      .when(complete('2018-01-31'))
      .thenThrows('CENTRE.DATE_BEFORE_ATTENDANCE');
    given(participantDecider, [
      registered(),
      { type: 'CentreParticipantCompleted', data: { participantId: 'p1', completedOn: '2018-03-01' } },
    ])
      .when(complete())
      .thenThrows('CENTRE.PARTICIPANT_COMPLETED');
  });

  it('refuses a completion before the intake starts, and an unknown participant', () => {
    given(participantDecider, [registered()]).when(complete('2017-03-31')).thenThrows('CENTRE.BEFORE_INTAKE_START');
    given(participantDecider, []).when(complete()).thenThrows('CENTRE.PARTICIPANT_NOT_FOUND', 'not-found');
  });
});
