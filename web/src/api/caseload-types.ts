import type { Borough, StaffRole } from './types';

/** On-site support to Centre councils in the week of the view's day, and the capacity it leaves (ADR 0051). */
export interface OnSiteEffect {
  days: number;
  hours: number;
  fteHundredths: number;
  availableFteHundredths: number;
  availableCap: number | null;
  availableHeadroom: number | null;
}

export interface SupportWeek {
  from: string;
  to: string;
  fullTimeHoursPerWeek: number;
}

export interface CaseloadLine {
  staffId: string;
  borough: Borough;
  role: StaffRole;
  fteHundredths: number;
  dualQualified: boolean;
  openCases: number;
  countedOn: string | null;
  cap: number | null;
  capSource: 'individual' | 'plan' | null;
  headroom: number | null;
  overCap: boolean;
  onSiteSupport: OnSiteEffect;
}

export interface CaseloadList {
  planRevision: number | null;
  onSiteSupportWeek: SupportWeek;
  items: CaseloadLine[];
}

export interface CapacityFigures {
  people: number;
  fteHundredths: number;
  cap: number;
  openCases: number;
  headroom: number;
  overCap: { people: number; cases: number };
  dualQualified: { people: number; headroom: number };
  onSiteSupport: OnSiteEffect & { people: number; availableCap: number; availableHeadroom: number };
}

export interface CaseloadCapacity {
  scope: Borough | 'all';
  planRevision: number | null;
  onSiteSupportWeek: SupportWeek;
  groups: (CapacityFigures & { borough: Borough; role: StaffRole })[];
  total: CapacityFigures;
}

export interface CaseloadCandidates {
  today: string;
  step: { year: number; startsOn: string; integratedWteHundredths: number; riseWteHundredths: number } | null;
  candidates: (CaseloadLine & { consultationHoursPerWeek: number | null })[];
  total: { people: number; fteHundredths: number; headroom: number };
}

export type CaseloadEventType =
  'CaseloadCounted' | 'CasesAllocated' | 'CasesClosed' | 'CaseloadCapSet' | 'CaseloadCapCleared';

/** One change to a person's caseload, with what it left on its date as decided when recorded. */
export interface CaseloadHistoryEntry {
  version: number;
  eventId: string;
  type: CaseloadEventType;
  summary: string;
  effectiveOn: string;
  cases: number | null;
  openCases: number;
  cap: number | null;
  overCap: boolean;
  recordedAt: string;
  actor: string;
  reason: string | null;
}

export interface CaseloadHistory {
  staffId: string;
  entries: CaseloadHistoryEntry[];
}

/** What a caseload command left on its date; over the cap is recorded all the same, and flagged. */
export interface CaseloadCommandResult {
  staffId: string;
  version: number;
  openCases: number;
  cap: number | null;
  overCap: boolean;
}
