import type { PlanCaseloads } from '../../plan/domain/plan-document.js';
import type { IsoDate } from '../../shared/values.js';
import { STAFF_EFFECTIVE_DATES } from '../../staff/domain/staff.effective-dates.js';
import type { StaffEvent } from '../../staff/domain/staff.events.js';
import { evolveStaff, initialStaffState, type StaffState } from '../../staff/domain/staff.state.js';
import type { CapHolder } from './caseload-cap.js';

/** A plan revision as the caseload decisions see it: the day it takes effect and its caseload section. */
export interface PlanInForce {
  revision: number;
  effectiveOn: IsoDate;
  caseloads: PlanCaseloads | null;
}

/**
 * What a caseload decision reads besides the person's caseload stream: their staff stream (read
 * from the events, as posts do, never from a read model) and the plan's revisions, in order.
 */
export interface CaseloadFacts {
  staff: readonly StaffEvent[];
  plans: readonly PlanInForce[];
}

const staffDateOf = (event: StaffEvent): IsoDate =>
  (STAFF_EFFECTIVE_DATES[event.type] as (data: StaffEvent['data']) => IsoDate)(event.data);

/**
 * The person as at `day`: the staff events dated by then, in stream order, exactly as the read
 * models' "as at" views fold them. So the cap a decision checks is the cap the views show that day.
 */
export const staffOn = (events: readonly StaffEvent[], day: IsoDate): StaffState =>
  events.filter((e) => staffDateOf(e) <= day).reduce(evolveStaff, initialStaffState);

export const capHolderOf = (staff: StaffState): CapHolder => ({
  role: staff.role,
  fteHundredths: staff.fteHundredths,
  socialWorkRegistered: staff.registration !== undefined,
  dualQualified: staff.dualQualifiedOn !== undefined,
});

/** The caseload section of the revision in force on `day` (the last one taking effect by then), or null. */
export const planCaseloadsOn = (plans: readonly PlanInForce[], day: IsoDate): PlanCaseloads | null =>
  plans.filter((p) => p.effectiveOn <= day).at(-1)?.caseloads ?? null;
