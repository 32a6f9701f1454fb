import type { IntakeEvent } from '../domain/intake.events.js';
import type { ParticipantEvent } from '../domain/participant.events.js';
import type { AttendanceDay, CouncilRow, ParticipantRow } from './centre-rows.js';

/**
 * The read models' rows after one event; pure, so live following and a rebuild from zero give the
 * same rows. Each is applied by `ValidTimeTable.changeFrom` to every version from the event's date.
 */

type CouncilEvent = Extract<
  IntakeEvent,
  { type: 'CentreCouncilApplied' | 'CentreCouncilSelected' | 'CentreCouncilDeclined' }
>;

export const evolveCouncilRow = (row: CouncilRow | undefined, e: CouncilEvent): CouncilRow | undefined => {
  switch (e.type) {
    case 'CentreCouncilApplied': {
      const { councilId, intakeYear, name, ofstedRating, leadershipNotes, appliedOn } = e.data;
      const decision = { decidedOn: null, decisionReason: null };
      return { councilId, intakeYear, name, ofstedRating, leadershipNotes, status: 'applied', appliedOn, ...decision };
    }
    case 'CentreCouncilSelected':
      return row && { ...row, status: 'selected', decidedOn: e.data.selectedOn, decisionReason: e.data.reason };
    case 'CentreCouncilDeclined':
      return row && { ...row, status: 'declined', decidedOn: e.data.declinedOn, decisionReason: e.data.reason };
    default: {
      const _exhaustive: never = e;
      return _exhaustive;
    }
  }
};

const byDate = (a: AttendanceDay, b: AttendanceDay) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0);

const COUNTED: Record<AttendanceDay['kind'], 'classroomDays' | 'embeddedDays' | 'onSiteDays'> = {
  classroom: 'classroomDays',
  embedded: 'embeddedDays',
  'on-site': 'onSiteDays',
};

export const evolveParticipantRow = (
  row: ParticipantRow | undefined,
  e: ParticipantEvent,
  version: number,
): ParticipantRow | undefined => {
  switch (e.type) {
    case 'CentreParticipantRegistered': {
      const { participantId, intakeYear, councilId, group, name, registeredOn, feePence, intakeStartsOn } = e.data;
      return {
        participantId,
        intakeYear,
        councilId,
        group,
        name,
        status: 'registered',
        registeredOn,
        completedOn: null,
        feePence,
        intakeStartsOn,
        classroomDays: 0,
        embeddedDays: 0,
        onSiteDays: 0,
        attendance: [],
        version,
      };
    }
    case 'CentreAttendanceRecorded': {
      if (!row) return row;
      const { participantId: _id, ...day } = e.data;
      const counted = COUNTED[day.kind];
      return { ...row, [counted]: row[counted] + 1, attendance: [...row.attendance, day].sort(byDate), version };
    }
    case 'CentreParticipantCompleted':
      return row && { ...row, status: 'completed', completedOn: e.data.completedOn, version };
    default: {
      const _exhaustive: never = e;
      return _exhaustive;
    }
  }
};
