import type { PlanDocument } from './plan-document.js';

/** There is one plan, the Triborough one: a single stream holds all its revisions. */
export const PLAN_STREAM_ID = 'plan-triborough';

/**
 * Every revision carries the whole document, so any revision reads on its own and "the plan as
 * it stood on a date" is one event, not a replay of edits. The reason is also in the metadata;
 * it is repeated here so the plan's history reads without it.
 */
export type PlanAdopted = {
  type: 'PlanAdopted';
  data: { revision: 1; document: PlanDocument; reason?: string };
};

export type PlanRevised = {
  type: 'PlanRevised';
  data: { revision: number; document: PlanDocument; reason: string };
};

export type PlanEvent = PlanAdopted | PlanRevised;

export type PlanEventType = PlanEvent['type'];
