import type { IsoDate } from '../../shared/values.js';
import type { IntakeEvent } from './intake.events.js';
import type { ParticipantEvent } from './participant.events.js';

type CentreEvent = IntakeEvent | ParticipantEvent;
type DataOf<T extends CentreEvent['type']> = Extract<CentreEvent, { type: T }>['data'];

/** When each Centre event takes effect (see STAFF_EFFECTIVE_DATES): every one carries its own date. */
export const CENTRE_EFFECTIVE_DATES: { [T in CentreEvent['type']]: (data: DataOf<T>) => IsoDate } = {
  CentreCouncilApplied: (d) => d.appliedOn,
  CentreCouncilSelected: (d) => d.selectedOn,
  CentreCouncilDeclined: (d) => d.declinedOn,
  CentrePlaceTaken: (d) => d.registeredOn,
  CentreOnSiteSupportGiven: (d) => d.on,
  CentreParticipantRegistered: (d) => d.registeredOn,
  CentreAttendanceRecorded: (d) => d.on,
  CentreParticipantCompleted: (d) => d.completedOn,
};
