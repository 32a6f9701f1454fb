import { ValidTimeTable } from '../../projections/bitemporal/valid-time-table.js';
import type { Borough, IsoDate, Role } from '../../shared/values.js';
import type { StaffEvent } from '../../staff/domain/staff.events.js';
import type { CapHolder } from '../domain/caseload-cap.js';
import { EMPTY_TALLY, tallyCaseload, type CaseloadTally } from '../domain/caseload-tally.js';
import type { CaseloadEvent } from '../domain/caseload.events.js';

export const CASELOAD_PERSON_VIEW = 'caseload_person_view';

/**
 * One person as caseload planning sees them on a day: where they work, at what FTE, what the
 * cap rule needs to know of their qualifications, and their tally. No name: personal details
 * stay out of this read model (counts only), so erasing a person never has to reach it.
 */
export interface CaseloadPerson extends CapHolder, CaseloadTally {
  staffId: string;
  borough: Borough;
  leftOn: IsoDate | null;
}

/**
 * The person after one of their staff or caseload events; pure, and the same fold the caseload
 * decider applies to the staff stream (`staffOn`) and the caseload stream (`tallyOn`), so the cap
 * a view shows on a day is the cap a decision on that day checked.
 */
export const evolveCaseloadPerson = (
  person: CaseloadPerson | undefined,
  e: StaffEvent | CaseloadEvent,
): CaseloadPerson | undefined => {
  if (e.type === 'StaffHired') {
    const { staffId, borough, role, fteHundredths, registration } = e.data;
    const registered = registration !== undefined;
    return {
      staffId,
      borough,
      role,
      fteHundredths,
      socialWorkRegistered: registered,
      dualQualified: false,
      leftOn: null,
      ...EMPTY_TALLY,
    };
  }
  if (!person) return undefined;
  switch (e.type) {
    case 'StaffDetailsChanged':
      return {
        ...person,
        borough: e.data.borough ?? person.borough,
        role: e.data.role ?? person.role,
        fteHundredths: e.data.fteHundredths ?? person.fteHundredths,
      };
    case 'StaffLeft':
      return { ...person, leftOn: e.data.leftOn };
    case 'QualificationRecorded':
      return e.data.kind === 'social-work-registration' ? { ...person, socialWorkRegistered: true } : person;
    case 'SocialWorkRegistrationLapsed':
      return { ...person, socialWorkRegistered: false };
    case 'DualQualificationAttained':
      return { ...person, dualQualified: true };
    case 'DualQualificationEnded':
      return { ...person, dualQualified: false };
    case 'SystemicLevelCompleted':
    case 'EnrolmentStarted':
    case 'EnrolmentEnded':
      return person;
    case 'CaseloadCounted':
    case 'CasesAllocated':
    case 'CasesClosed':
    case 'CaseloadCapSet':
    case 'CaseloadCapCleared': {
      const { openCases, countedOn, capOverride } = tallyCaseload(person, e);
      return { ...person, openCases, countedOn, capOverride };
    }
    default: {
      const _exhaustive: never = e;
      return _exhaustive;
    }
  }
};

const asText = (column: string) => (p: string) => `${p}${column}::text AS ${column}`;

export const CASELOAD_PERSON_ROWS = new ValidTimeTable<CaseloadPerson>(
  CASELOAD_PERSON_VIEW,
  ['staff_id'],
  [
    { name: 'borough' },
    { name: 'role' },
    { name: 'fte_hundredths' },
    { name: 'social_work_registered' },
    { name: 'dual_qualified' },
    { name: 'left_on', select: asText('left_on') },
    { name: 'open_cases' },
    { name: 'counted_on', select: asText('counted_on') },
    { name: 'cap_override' },
  ],
  (p) => ({
    staff_id: p.staffId,
    borough: p.borough,
    role: p.role,
    fte_hundredths: p.fteHundredths,
    social_work_registered: p.socialWorkRegistered,
    dual_qualified: p.dualQualified,
    left_on: p.leftOn,
    open_cases: p.openCases,
    counted_on: p.countedOn,
    cap_override: p.capOverride,
  }),
  (r) => ({
    staffId: r.staff_id as string,
    borough: r.borough as Borough,
    role: r.role as Role,
    fteHundredths: r.fte_hundredths as number,
    socialWorkRegistered: r.social_work_registered as boolean,
    dualQualified: r.dual_qualified as boolean,
    leftOn: r.left_on as IsoDate | null,
    openCases: r.open_cases as number,
    countedOn: r.counted_on as IsoDate | null,
    capOverride: r.cap_override as number | null,
  }),
);
