import { DomainError, invalid } from '../../shared/domain-error.js';
import { isBorough, isNonEmptyText } from '../../shared/values.js';
import { isAttendanceKind } from './centre.values.js';
import { requireCentreDate, requireFromIntakeStart } from './centre.guards.js';
import { onSiteKey, type IntakeState } from './intake.state.js';
import type { RecordAttendance } from './participant.commands.js';
import type { AttendanceDetails, CentreAttendanceRecorded } from './participant.events.js';
import { requireNotCompleted, requireParticipant } from './participant.decider.js';
import type { ParticipantState } from './participant.state.js';

const details = (command: RecordAttendance): AttendanceDetails => {
  const { kind, service, borough, staffId } = command;
  if (!isAttendanceKind(kind)) throw invalid('CENTRE.INVALID_KIND', 'kind must be classroom, embedded or on-site');
  const extra = (present: boolean, what: string) => {
    if (present) throw invalid('CENTRE.INVALID_ATTENDANCE', `${what} do not go with a ${kind} day`);
  };
  switch (kind) {
    case 'classroom':
      extra(service !== undefined || borough !== undefined || staffId !== undefined, 'service, borough and staffId');
      return { kind };
    case 'embedded':
      extra(staffId !== undefined, 'staffId');
      if (!isNonEmptyText(service))
        throw invalid('CENTRE.INVALID_SERVICE', 'an embedded day names its Triborough service');
      if (!isBorough(borough)) throw invalid('CENTRE.INVALID_BOROUGH', 'borough must be LBHF, RBKC or WCC');
      return { kind, service: service.trim(), borough };
    case 'on-site':
      extra(service !== undefined || borough !== undefined, 'service and borough');
      if (!isNonEmptyText(staffId)) {
        throw invalid('CENTRE.INVALID_STAFF_ID', 'an on-site day names the staff member who gave the support');
      }
      return { kind, staffId: staffId.trim().toLowerCase() };
    default: {
      const _exhaustive: never = kind;
      return _exhaustive;
    }
  }
};

/**
 * One day attended by one participant of the intake. An on-site day must be one on which the
 * named staff member's support at the participant's council was recorded, so the hours counted
 * against that person's caseload and the days counted for participants tell the same story.
 */
export const decideAttendance = (
  command: RecordAttendance,
  participant: ParticipantState,
  intake: IntakeState,
): CentreAttendanceRecorded[] => {
  requireParticipant(participant, command.participantId);
  const { participantId } = participant;
  if (participant.intakeYear !== command.intakeYear) {
    throw new DomainError(
      'CENTRE.PARTICIPANT_NOT_IN_INTAKE',
      `participant ${participantId} is in the year ${participant.intakeYear} intake, not year ${command.intakeYear}`,
      'rule',
      { participantId },
    );
  }
  requireNotCompleted(participant);
  const on = requireCentreDate(command.on, 'on');
  const day = details(command);
  requireFromIntakeStart(on, participant.intakeStartsOn, 'on');
  if (on < participant.registeredOn) {
    throw new DomainError(
      'CENTRE.DATE_BEFORE_REGISTRATION',
      `on ${on} is before participant ${participantId} was registered on ${participant.registeredOn}`,
      'rule',
      { participantId },
    );
  }
  if (participant.attendedOn.includes(on)) {
    throw new DomainError(
      'CENTRE.ATTENDANCE_ALREADY_RECORDED',
      `participant ${participantId} already has a day recorded on ${on}`,
      'rule',
      { participantId },
    );
  }
  if (day.kind === 'on-site') {
    const council = intake.councils[participant.councilId];
    if (!council?.onSite.includes(onSiteKey(day.staffId, on))) {
      throw new DomainError(
        'CENTRE.NO_ON_SITE_SUPPORT',
        `no on-site support by ${day.staffId} at the participant's council is recorded on ${on}`,
        'rule',
        { participantId, staffId: day.staffId },
      );
    }
  }
  return [{ type: 'CentreAttendanceRecorded', data: { participantId, on, ...day } }];
};
