import { isRole, ROLES, type Role } from '../../shared/values.js';
import { at, type ProblemList } from './plan-document.reader.js';

/** What a person must hold for a cap to apply to them, besides the role. */
export const CASELOAD_QUALIFICATIONS = ['dual-qualified', 'social-work-registered'] as const;
export type CaseloadQualification = (typeof CASELOAD_QUALIFICATIONS)[number];

/**
 * The most open cases a full-time person in `role` (holding `qualification`, when given) should
 * carry. Caps apply pro rata to FTE (see src/caseloads/domain/caseload-cap.ts).
 */
export type CaseloadCap = {
  role: Role;
  qualification?: CaseloadQualification;
  maxOpenCases: number;
  note?: string;
};

/**
 * The caseload part of the plan: caps by role and qualification, and the hours a week a full-time
 * clinician keeps for consultation. Optional in the document, so revisions written before it
 * existed still read (no caps are then in force).
 */
export type PlanCaseloads = {
  caps: CaseloadCap[];
  clinicianConsultationHoursPerWeek: number;
};

const HOURS_IN_A_WEEK = 168;
/** Far above any real caseload; caps are kept as 32-bit integers downstream. */
const MAX_CAP = 1000;

/** Hours with at most two decimals (7.5, 15.25), 0 to 168. */
const isHours = (value: unknown): value is number =>
  typeof value === 'number' &&
  Number.isFinite(value) &&
  value >= 0 &&
  value <= HOURS_IN_A_WEEK &&
  Math.abs(value * 100 - Math.round(value * 100)) < 1e-9;

const readCaps = (list: ProblemList, value: unknown, path: string): CaseloadCap[] => {
  const seen = new Set<string>();
  return (list.array(value, path) ?? []).flatMap((entry, i): CaseloadCap[] => {
    const here = at(path, i);
    const raw = list.object(entry, here, ['role', 'qualification', 'maxOpenCases', 'note']);
    if (!raw) return [];
    const role = isRole(raw.role) ? raw.role : list.add(at(here, 'role'), `must be one of ${ROLES.join(', ')}`);
    const known =
      raw.qualification === undefined || CASELOAD_QUALIFICATIONS.includes(raw.qualification as CaseloadQualification);
    if (!known) list.add(at(here, 'qualification'), `must be ${CASELOAD_QUALIFICATIONS.join(' or ')}, or left out`);
    const qualification = known ? (raw.qualification as CaseloadQualification | undefined) : undefined;
    const counted = list.count(raw.maxOpenCases, at(here, 'maxOpenCases'), 'cases');
    const maxOpenCases =
      counted !== undefined && counted > MAX_CAP
        ? list.add(at(here, 'maxOpenCases'), `must be at most ${MAX_CAP} cases`)
        : counted;
    const note = list.optionalText(raw.note, at(here, 'note'));
    const key = `${String(role)}/${qualification ?? ''}`;
    if (role && known && seen.has(key)) {
      list.add(here, `another cap is already set for ${role}${qualification ? ` holding ${qualification}` : ''}`);
    }
    if (known) seen.add(key);
    if (!role || !known || maxOpenCases === undefined) return [];
    return [{ role, ...(qualification ? { qualification } : {}), maxOpenCases, ...(note ? { note } : {}) }];
  });
};

/** The `caseloads` section, cleaned; undefined when absent (or too broken to read, with problems listed). */
export const readPlanCaseloads = (list: ProblemList, value: unknown): PlanCaseloads | undefined => {
  if (value === undefined) return undefined;
  const raw = list.object(value, 'caseloads', ['caps', 'clinicianConsultationHoursPerWeek']);
  if (!raw) return undefined;
  const caps = readCaps(list, raw.caps, at('caseloads', 'caps'));
  const hours = raw.clinicianConsultationHoursPerWeek;
  if (!isHours(hours)) {
    list.add(
      at('caseloads', 'clinicianConsultationHoursPerWeek'),
      `must be hours a week, 0 to ${HOURS_IN_A_WEEK}, with at most two decimals`,
    );
    return undefined;
  }
  return { caps, clinicianConsultationHoursPerWeek: hours };
};
