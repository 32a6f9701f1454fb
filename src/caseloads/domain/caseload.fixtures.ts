import { caseloadsSection } from '../../plan/domain/plan.fixtures.js';
import type { PlanCaseloads } from '../../plan/domain/plan-document.js';
import type { IsoDate } from '../../shared/values.js';
import type { StaffEvent } from '../../staff/domain/staff.events.js';
import { hired } from '../../staff/domain/staff.fixtures.js';
import type { CaseloadFacts, PlanInForce } from './caseload-facts.js';
import type { CapCheck, CaseloadEvent } from './caseload.events.js';

/** Builders for caseload specs: Ana, a full-time social worker from 2016-04-01, unless told otherwise. */

export const check = (openCases: number, cap: number | null, overCap = false): CapCheck => ({
  openCases,
  cap,
  overCap,
});

export const counted = (on: IsoDate, c: CapCheck, staffId = 'ana'): CaseloadEvent => ({
  type: 'CaseloadCounted',
  data: { staffId, on, ...c },
});

export const allocated = (on: IsoDate, cases: number, c: CapCheck, staffId = 'ana'): CaseloadEvent => ({
  type: 'CasesAllocated',
  data: { staffId, on, cases, ...c },
});

export const closed = (on: IsoDate, cases: number, c: CapCheck, staffId = 'ana'): CaseloadEvent => ({
  type: 'CasesClosed',
  data: { staffId, on, cases, ...c },
});

export const capSet = (from: IsoDate, maxOpenCases: number, c: CapCheck, staffId = 'ana'): CaseloadEvent => ({
  type: 'CaseloadCapSet',
  data: { staffId, from, maxOpenCases, ...c },
});

export const capCleared = (from: IsoDate, c: CapCheck, staffId = 'ana'): CaseloadEvent => ({
  type: 'CaseloadCapCleared',
  data: { staffId, from, ...c },
});

/** The plan adopted on 2016-04-01 with the spec caps (social workers 18, registered clinicians 6, others 0). */
export const planFrom = (
  effectiveOn: IsoDate = '2016-04-01',
  caseloads: PlanCaseloads | null = caseloadsSection(),
  revision = 1,
): PlanInForce => ({ revision, effectiveOn, caseloads });

export const facts = (
  staff: readonly StaffEvent[] = [hired()],
  plans: readonly PlanInForce[] = [planFrom()],
): CaseloadFacts => ({ staff, plans });
