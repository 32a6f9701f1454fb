import type { IsoDate } from '../../shared/values.js';
import type { ParticipantGroup } from './centre.values.js';
import type { IntakeTerms } from './intake-terms.js';
import type {
  CentreCouncilApplied,
  CentreCouncilDeclined,
  CentreCouncilSelected,
  CentreOnSiteSupportGiven,
  CentrePlaceTaken,
} from './intake.events.js';
import type { CentreAttendanceRecorded, CentreParticipantRegistered } from './participant.events.js';

/** Builders for specs: the Year 2 intake of the Triborough plan (selection closes 31 January 2017). */

export const YEAR = 2;

export const terms = (overrides: Partial<IntakeTerms> = {}): IntakeTerms => ({
  year: YEAR,
  selectionClosesOn: '2017-01-31',
  startsOn: '2017-04-01',
  yearEndsOn: '2018-03-31',
  councils: 3,
  placesPerCouncil: { practitioner: 20, 'frontline-manager': 8, 'practice-leader': 5 },
  feePence: 1_000_00,
  onSiteHoursPerDayHundredths: 750,
  ...overrides,
});

export const applied = (
  councilId = 'c1',
  name = 'Northshire',
  overrides: Partial<CentreCouncilApplied['data']> = {},
): CentreCouncilApplied => ({
  type: 'CentreCouncilApplied',
  data: {
    intakeYear: YEAR,
    councilId,
    name,
    ofstedRating: 'good',
    leadershipNotes: 'Same director for four years',
    appliedOn: '2016-11-01',
    ...overrides,
  },
});

export const selected = (councilId = 'c1', selectedOn: IsoDate = '2017-01-20'): CentreCouncilSelected => ({
  type: 'CentreCouncilSelected',
  data: { intakeYear: YEAR, councilId, selectedOn, reason: 'Committed and stable' },
});

export const declined = (councilId = 'c1', declinedOn: IsoDate = '2017-01-20'): CentreCouncilDeclined => ({
  type: 'CentreCouncilDeclined',
  data: { intakeYear: YEAR, councilId, declinedOn, reason: 'Too far to travel' },
});

export const placeTaken = (
  participantId: string,
  group: ParticipantGroup = 'practitioner',
  councilId = 'c1',
  registeredOn: IsoDate = '2017-03-01',
): CentrePlaceTaken => ({
  type: 'CentrePlaceTaken',
  data: { intakeYear: YEAR, councilId, participantId, group, registeredOn },
});

export const supportGiven = (staffId: string, on: IsoDate, councilId = 'c1'): CentreOnSiteSupportGiven => ({
  type: 'CentreOnSiteSupportGiven',
  data: { intakeYear: YEAR, councilId, staffId, on, hoursHundredths: 750 },
});

/** A selected council, the first of the intake. */
export const selectedCouncil = (councilId = 'c1', name = 'Northshire') => [
  applied(councilId, name),
  selected(councilId),
];

export const registered = (
  participantId = 'p1',
  overrides: Partial<CentreParticipantRegistered['data']> = {},
): CentreParticipantRegistered => ({
  type: 'CentreParticipantRegistered',
  data: {
    participantId,
    intakeYear: YEAR,
    councilId: 'c1',
    group: 'practitioner',
    name: 'Ruth Example',
    registeredOn: '2017-03-01',
    feePence: 1_000_00,
    intakeStartsOn: '2017-04-01',
    ...overrides,
  },
});

export const classroomDay = (on: IsoDate, participantId = 'p1'): CentreAttendanceRecorded => ({
  type: 'CentreAttendanceRecorded',
  data: { participantId, on, kind: 'classroom' },
});
