/** The API's answers, as the web app reads them (the server's own shapes live in each context's api folder). */

export const BOROUGHS = ['LBHF', 'RBKC', 'WCC'] as const;
export type Borough = (typeof BOROUGHS)[number];
export const BOROUGH_NAMES: Record<Borough, string> = {
  LBHF: 'Hammersmith & Fulham',
  RBKC: 'Kensington & Chelsea',
  WCC: 'Westminster',
};

export const STAFF_ROLES = [
  'social-worker',
  'practitioner',
  'frontline-manager',
  'practice-leader',
  'clinician',
  'head-of-clinical-practice',
] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];
export const STAFF_ROLE_NAMES: Record<StaffRole, string> = {
  'social-worker': 'Social worker',
  practitioner: 'Practitioner',
  'frontline-manager': 'Frontline manager',
  'practice-leader': 'Practice leader',
  clinician: 'Clinician',
  'head-of-clinical-practice': 'Head of Clinical Practice',
};

export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

export interface Qualification {
  kind: 'social-work-registration' | 'systemic-level' | 'family-therapy';
  evidenceRef: string;
  achievedOn: string;
  registrationNumber?: string;
  level?: number;
}

export interface Staff {
  id: string;
  name: string;
  borough: Borough;
  role: StaffRole;
  fte: number;
  startedOn: string;
  leftOn: string | null;
  leftReason: string | null;
  socialWorkRegistered: boolean;
  registration: { number: string; registeredOn: string } | null;
  systemicLevel: number;
  currentEnrolment: { cohortId: string; level: number; status: 'enrolled' | 'waitlisted' } | null;
  dualQualified: boolean;
  dualQualifiedOn: string | null;
  qualifications: Qualification[];
  version: number;
}

export interface HistoryEntry {
  version: number;
  eventId: string;
  type: string;
  summary: string;
  effectiveOn: string | null;
  recordedAt: string;
  actor: string;
  reason: string | null;
  correlationId: string;
}

export interface History {
  streamId: string;
  entries: HistoryEntry[];
}

export interface CohortSummary {
  id: string;
  level: 1 | 2 | 3 | 4;
  name: string;
  provider: string;
  startsOn: string;
  endsOn: string;
  capacity: number;
  enrolled: number;
  waitlisted: number;
  completed: number;
  failed: number;
  placesLeft: number;
}

export type RosterStatus = 'enrolled' | 'completed' | 'failed' | 'withdrawn' | 'deferred' | 'removed';

export interface Cohort extends CohortSummary {
  roster: {
    staffId: string;
    name: string | null;
    status: RosterStatus;
    enrolledOn: string | null;
    outcomeOn: string | null;
  }[];
  waitingList: { staffId: string; name: string | null; position: number; waitlistedOn: string }[];
}

export const POST_KINDS = ['clinician', 'head-of-clinical-practice', 'social-work'] as const;
export type PostKind = (typeof POST_KINDS)[number];
export const POST_KIND_NAMES: Record<PostKind, string> = {
  clinician: 'Clinician',
  'head-of-clinical-practice': 'Head of Clinical Practice',
  'social-work': 'Social work',
};

export interface Post {
  id: string;
  title: string;
  kind: PostKind;
  borough: Borough;
  wte: number;
  fundedBy: 'dfe' | 'council';
  annualCostPence: number;
  establishedOn: string;
  status: 'established' | 'disestablished' | 'integrated';
  endedOn: string | null;
  integratedInto: string | null;
  holder: { staffId: string; from: string } | null;
  integratedWte: number;
  holders: { staffId: string; from: string; to: string | null }[];
  integratedWork: { fromPostId: string; wte: number; on: string; heldBy: string }[];
  version: number;
}

export interface TaperingYear {
  year: number;
  startsOn: string;
  endsOn: string;
  status: 'ended' | 'current' | 'future';
  planned: {
    separateClinicalWteHundredths: number;
    integratedWteHundredths: number;
    clinicalTeamFundingPence: number;
  } | null;
  actual: {
    measuredOn: string;
    separateClinicalWteHundredths: number;
    integratedWteHundredths: number;
    dualQualified: { headcount: number; wteHundredths: number };
    coverableWteHundredths: number;
    clinicalTeamCostPence: number;
    clinicalTeamCostByFunderPence: { dfe: number; council: number };
  } | null;
  forecast: {
    currentHeadcount: number;
    inTrainingFinishingByYearEnd: number;
    completionRate: { completed: number; ended: number; rate: number | null };
    expectedHeadcount: number | null;
  } | null;
  gap: { wteHundredths: number } | null;
}

export interface Tapering {
  scope: Borough | 'all';
  today: string;
  planRevision: number;
  apportionment: { basisOn: string; boroughWteHundredths: number; totalWteHundredths: number } | null;
  years: TaperingYear[];
}

export interface Funding {
  revision: number;
  years: { year: number; startsOn: string; endsOn: string; totalPence: number; clinicalTeamPence: number }[];
  lines: { name: string; clinicalTeam: boolean; note?: string; amountsPence: Record<string, number> }[];
  statedTotals: { name: string; year: number; statedPence: number; computedPence: number; differencePence: number }[];
}

export interface EventLogItem {
  position: string;
  eventId: string;
  streamId: string;
  version: number;
  type: string;
  schemaVersion: number;
  recordedAt: string;
  data: Record<string, unknown>;
  metadata: { actor?: string; reason?: string; correlationId?: string; [key: string]: unknown };
  prevHash: string;
  hash: string;
}

export interface EventLogPage {
  items: EventLogItem[];
  next: string | null;
}

export interface IntegrityReport {
  ok: boolean;
  eventsChecked: number;
  streamsChecked: number;
  problems: { kind: string; streamId: string; version: number | null; message: string }[];
}

export interface ProjectionStatus {
  name: string;
  eventsApplied: number;
  lag: number;
  lagCapped: boolean;
  updatedAt: string | null;
  running: boolean;
  followedHere: boolean;
  lastError: string | null;
}

export interface RebuildJob {
  id: string;
  projections: string[];
  state: 'running' | 'done' | 'failed';
  current: string | null;
  eventsApplied: number;
  startedAt: string;
  finishedAt: string | null;
  error: string | null;
}
