import type { Borough, IsoDate, Role } from '../../shared/values.js';
import { capFor, consultationHundredthsOf, headroomOf, isOverCap } from '../domain/caseload-cap.js';
import { nextIntegrationStep, type IntegrationStep } from '../domain/integration-step.js';
import {
  NO_SUPPORT,
  onSiteEffectOf,
  totalOnSiteEffect,
  type OnSiteSupportEffect,
  type OnSiteSupportGiven,
  type OnSiteSupportTotal,
} from '../domain/on-site-support-effect.js';
import type { CaseloadPerson } from './caseload-person.js';
import type { CaseloadPlan } from './caseload-plan.js';

/** One person's caseload at a cut, with the cap then in force worked out. */
export interface CaseloadLine {
  staffId: string;
  borough: Borough;
  role: Role;
  fteHundredths: number;
  dualQualified: boolean;
  socialWorkRegistered: boolean;
  openCases: number;
  /** The date of the stocktake the count stands on (movements since are in it), null before any. */
  countedOn: IsoDate | null;
  cap: number | null;
  /** Where the cap comes from: an individual cap, the plan, or none in force. */
  capSource: 'individual' | 'plan' | null;
  /** cap - open cases: negative when over; null without a cap. */
  headroom: number | null;
  overCap: boolean;
  /** On-site support given to Centre councils in the week of the cut's day, and what it leaves. */
  onSiteSupport: OnSiteSupportEffect;
}

export const lineOf = (
  person: CaseloadPerson,
  plan: CaseloadPlan | null,
  support: OnSiteSupportGiven = NO_SUPPORT,
): CaseloadLine => {
  const cap = capFor(plan?.caseloads ?? null, person, person.capOverride);
  const { staffId, borough, role, fteHundredths, dualQualified, socialWorkRegistered, openCases, countedOn } = person;
  return {
    staffId,
    borough,
    role,
    fteHundredths,
    dualQualified,
    socialWorkRegistered,
    openCases,
    countedOn,
    cap,
    capSource: person.capOverride !== null ? 'individual' : cap !== null ? 'plan' : null,
    headroom: headroomOf(openCases, cap),
    overCap: isOverCap(openCases, cap),
    onSiteSupport: onSiteEffectOf(support, { fteHundredths, cap, openCases }),
  };
};

/** Those who show in caseload planning: a cap applies to them, or they hold cases all the same. */
export const isPlanned = (line: CaseloadLine): boolean => line.cap !== null || line.openCases > 0;

/** The most pressed first (least headroom, the uncapped last), then by id, so the order is total. */
export const byPressure = (a: CaseloadLine, b: CaseloadLine): number =>
  (a.headroom ?? Infinity) - (b.headroom ?? Infinity) || (a.staffId < b.staffId ? -1 : a.staffId > b.staffId ? 1 : 0);

export interface CapacityFigures {
  people: number;
  fteHundredths: number;
  cap: number;
  openCases: number;
  /** Free places under the caps: the sum of positive headroom (one person over does not use another's). */
  headroom: number;
  overCap: { people: number; cases: number };
  /** The part of the free places held by dual-qualified staff. */
  dualQualified: { people: number; headroom: number };
  /** Their on-site support in the week of the cut's day, and the capacity it leaves. */
  onSiteSupport: OnSiteSupportTotal;
}

const EMPTY: Omit<CapacityFigures, 'onSiteSupport'> = {
  people: 0,
  fteHundredths: 0,
  cap: 0,
  openCases: 0,
  headroom: 0,
  overCap: { people: 0, cases: 0 },
  dualQualified: { people: 0, headroom: 0 },
};

/** Totals over people with a cap in force (headroom means nothing without one). */
export const capacityOf = (lines: readonly CaseloadLine[]): CapacityFigures => ({
  ...countsOf(lines),
  onSiteSupport: totalOnSiteEffect(lines.filter((l) => l.cap !== null).map((l) => l.onSiteSupport)),
});

const countsOf = (lines: readonly CaseloadLine[]): Omit<CapacityFigures, 'onSiteSupport'> =>
  lines.reduce((t, l) => {
    if (l.cap === null) return t;
    const free = Math.max(0, l.cap - l.openCases);
    const over = Math.max(0, l.openCases - l.cap);
    return {
      people: t.people + 1,
      fteHundredths: t.fteHundredths + l.fteHundredths,
      cap: t.cap + l.cap,
      openCases: t.openCases + l.openCases,
      headroom: t.headroom + free,
      overCap: { people: t.overCap.people + (over > 0 ? 1 : 0), cases: t.overCap.cases + over },
      dualQualified: {
        people: t.dualQualified.people + (l.dualQualified ? 1 : 0),
        headroom: t.dualQualified.headroom + (l.dualQualified ? free : 0),
      },
    };
  }, EMPTY);

export interface CapacityGroup extends CapacityFigures {
  borough: Borough;
  role: Role;
}

/** Capacity by borough and role (only groups with someone capped), in borough then role order. */
export const capacityGroups = (lines: readonly CaseloadLine[]): CapacityGroup[] => {
  const groups = new Map<string, CaseloadLine[]>();
  for (const line of lines.filter((l) => l.cap !== null)) {
    const key = `${line.borough}\u0000${line.role}`;
    groups.set(key, [...(groups.get(key) ?? []), line]);
  }
  return [...groups.keys()].sort().map((key) => {
    const members = groups.get(key)!;
    return { borough: members[0].borough, role: members[0].role, ...capacityOf(members) };
  });
};

/** Roles of the separate clinical team: they do clinician work already, so they are not candidates to take it. */
const CLINICAL_ROLES: ReadonlySet<Role> = new Set<Role>(['clinician', 'head-of-clinical-practice']);

export interface Candidate extends CaseloadLine {
  /** The plan's clinician consultation allowance pro rata to their FTE, hundredths of an hour a week. */
  consultationHundredthsPerWeek: number | null;
}

/**
 * Who could take clinician work at the next integration step: dual-qualified staff outside the
 * clinical team, in post, with a cap in force and places free under it; most headroom first, then
 * the larger FTE, then by id.
 */
export const candidatesOf = (lines: readonly CaseloadLine[], plan: CaseloadPlan | null): Candidate[] =>
  lines
    .filter((l) => l.dualQualified && !CLINICAL_ROLES.has(l.role) && l.headroom !== null && l.headroom > 0)
    .sort((a, b) => b.headroom! - a.headroom! || b.fteHundredths - a.fteHundredths || (a.staffId < b.staffId ? -1 : 1))
    .map((l) => ({
      ...l,
      consultationHundredthsPerWeek: consultationHundredthsOf(plan?.caseloads ?? null, l.fteHundredths),
    }));

export const stepOf = (plan: CaseloadPlan | null, day: IsoDate): IntegrationStep | null =>
  plan ? nextIntegrationStep(plan.integration, day) : null;
