export type ParticipantGroup = 'practitioner' | 'frontline-manager' | 'practice-leader';
export type Places = Record<ParticipantGroup, number>;

export const GROUP_NAMES: Record<ParticipantGroup, string> = {
  practitioner: 'Practitioners',
  'frontline-manager': 'Frontline managers',
  'practice-leader': 'Practice leaders',
};
export const GROUPS = Object.keys(GROUP_NAMES) as ParticipantGroup[];

export const OFSTED_RATINGS: [string, string][] = [
  ['outstanding', 'Outstanding'],
  ['good', 'Good'],
  ['requires-improvement', 'Requires improvement'],
  ['inadequate', 'Inadequate'],
];

export const RATING_WORDS: Record<string, string> = Object.fromEntries(OFSTED_RATINGS);

export const ATTENDANCE_KINDS: [AttendanceKind, string][] = [
  ['classroom', 'Classroom'],
  ['embedded', 'Embedded in a Triborough service'],
  ['on-site', 'On-site support at their council'],
];
export type AttendanceKind = 'classroom' | 'embedded' | 'on-site';

export interface Intake {
  year: number;
  selectionClosesOn: string;
  startsOn: string;
  councilsPlanned: number;
  placesPerCouncil: Places;
  placesPlanned: number;
  feePencePerParticipant: number;
  plannedIncomePence: number;
  councilsApplied: number;
  councilsSelected: number;
  councilsDeclined: number;
  participants: Places;
  participantsTotal: number;
  completed: number;
  invoicedPence: number;
  onSiteDaysPlanned: number;
  onSiteDaysGiven: number;
  onSiteHours: number;
}

export interface IntakeList {
  planRevision: number;
  classroomDaysPerParticipant: number | null;
  embeddedDaysPerParticipant: number | null;
  onSiteHoursPerDay: number | null;
  items: Intake[];
}

export interface Council {
  id: string;
  intakeYear: number;
  name: string;
  ofstedRating: string;
  leadershipNotes: string;
  status: 'applied' | 'selected' | 'declined';
  appliedOn: string;
  decidedOn: string | null;
  decisionReason: string | null;
  participants: Places;
  participantsTotal: number;
  completed: number;
  feesPence: number;
  onSiteDays: number;
  onSiteHours: number;
}

export interface Participant {
  id: string;
  intakeYear: number;
  councilId: string;
  councilName: string | null;
  group: ParticipantGroup;
  name: string;
  status: 'registered' | 'completed';
  registeredOn: string;
  completedOn: string | null;
  feePence: number;
  classroomDays: number;
  embeddedDays: number;
  onSiteDays: number;
}

export interface OnSiteSupportDay {
  councilId: string;
  staffId: string;
  on: string;
  hours: number;
}

export interface Invoice {
  intakeYear: number;
  councilId: string;
  councilName: string | null;
  participants: number;
  feePencePerParticipant: number | null;
  amountPence: number;
  dueOn: string;
}

export interface CentreYear {
  year: number;
  costPence: number;
  plannedIncomePence: number;
  statedIncomePence: number | null;
  invoicedIncomePence: number;
  invoicedAgainstStatedPence: number | null;
  plannedFundingRequiredPence: number;
  statedFundingRequiredPence: number | null;
  fundingRequiredDifferencePence: number | null;
  fundingStillNeededPence: number;
}

export interface CentreFinances {
  planRevision: number;
  years: CentreYear[];
  statedTotals: { name: string; year: number; statedPence: number; computedPence: number; differencePence: number }[];
}
