import type { PlanCaseloads, PlanDocument } from '../../plan/domain/plan-document.js';
import { PLAN_STREAM_ID } from '../../plan/domain/plan.events.js';
import { ValidTimeTable } from '../../projections/bitemporal/valid-time-table.js';
import { plannedIntegration, type PlannedIntegration } from '../domain/integration-step.js';

export const CASELOAD_PLAN_VIEW = 'caseload_plan_view';

/** What caseload planning takes from the plan revision in force: its caps and the integration it plans. */
export interface CaseloadPlan {
  revision: number;
  caseloads: PlanCaseloads | null;
  integration: PlannedIntegration[];
}

export const caseloadPlanOf = (revision: number, document: PlanDocument): CaseloadPlan => ({
  revision,
  caseloads: document.caseloads ?? null,
  integration: plannedIntegration(document),
});

/**
 * One thing, the plan, kept as effective-dated versions: a revision replaces it from the UK day it
 * was recorded (its effective date). Followed from the plan's own events, not read from plan_view.
 */
export const CASELOAD_PLAN_ROWS = new ValidTimeTable<CaseloadPlan>(
  CASELOAD_PLAN_VIEW,
  ['plan_id'],
  [{ name: 'revision' }, { name: 'caseloads', cast: '::jsonb' }, { name: 'integration', cast: '::jsonb' }],
  (p) => ({ plan_id: PLAN_STREAM_ID, revision: p.revision, caseloads: p.caseloads, integration: p.integration }),
  (r) => ({
    revision: r.revision as number,
    caseloads: r.caseloads as PlanCaseloads | null,
    integration: r.integration as PlannedIntegration[],
  }),
);
