import type { CaseloadCap, PlanCaseloads } from '../../plan/domain/plan-document.js';
import type { Role } from '../../shared/values.js';

/** What the cap rule needs to know of a person on a day. */
export interface CapHolder {
  role: Role;
  fteHundredths: number;
  socialWorkRegistered: boolean;
  dualQualified: boolean;
}

/** How closely a cap fits the person: a qualified cap before the role's own, dual before registered. */
const specificity = (cap: CaseloadCap, person: CapHolder): number => {
  if (cap.role !== person.role) return -1;
  switch (cap.qualification) {
    case undefined:
      return 0;
    case 'social-work-registered':
      return person.socialWorkRegistered ? 1 : -1;
    case 'dual-qualified':
      return person.dualQualified ? 2 : -1;
    default: {
      const _exhaustive: never = cap.qualification;
      return _exhaustive;
    }
  }
};

/** The plan's cap entry for the person: the one for their role that fits best, if any. */
export const planCapEntryFor = (caseloads: PlanCaseloads | null, person: CapHolder): CaseloadCap | undefined =>
  (caseloads?.caps ?? [])
    .filter((cap) => specificity(cap, person) >= 0)
    .sort((a, b) => specificity(b, person) - specificity(a, person))[0];

/**
 * Pro rata to FTE, rounded down: a cap is a most, so a part-timer never gets more than their
 * share (18 at 0.6 FTE is 10, not 11). Integers only: `max * fteHundredths / 100`, floored.
 */
export const proRata = (maxOpenCases: number, fteHundredths: number): number =>
  Math.floor((maxOpenCases * fteHundredths) / 100);

/**
 * The cap in force for a person: their individual cap when one is set (as given, not pro rata:
 * it is set for that person knowing their hours), else the plan's best-fitting cap pro rata to
 * their FTE, else none (null: no plan then, no caseload section, or no cap for their role).
 */
export const capFor = (
  caseloads: PlanCaseloads | null,
  person: CapHolder,
  capOverride: number | null,
): number | null => {
  if (capOverride !== null) return capOverride;
  const entry = planCapEntryFor(caseloads, person);
  return entry ? proRata(entry.maxOpenCases, person.fteHundredths) : null;
};

export const isOverCap = (openCases: number, cap: number | null): boolean => cap !== null && openCases > cap;

/** Places left under the cap: negative when over it, null without a cap. */
export const headroomOf = (openCases: number, cap: number | null): number | null =>
  cap === null ? null : cap - openCases;

/** A clinician's consultation hours a week, pro rata to FTE, in hundredths of an hour, rounded down. */
export const consultationHundredthsOf = (caseloads: PlanCaseloads | null, fteHundredths: number): number | null =>
  caseloads ? Math.floor((Math.round(caseloads.clinicianConsultationHoursPerWeek * 100) * fteHundredths) / 100) : null;
