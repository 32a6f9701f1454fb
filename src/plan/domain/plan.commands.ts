/**
 * `document` is typed `unknown` on purpose: it arrives from a file or an API body and the
 * decider validates it (`PLAN.INVALID` with every problem listed).
 */
export type AdoptPlan = { type: 'AdoptPlan'; document: unknown; reason?: string };

/** `expectedRevision` is the revision the editor started from: a stale edit is refused, not merged. */
export type RevisePlan = { type: 'RevisePlan'; document: unknown; reason: string; expectedRevision: number };

export type PlanCommand = AdoptPlan | RevisePlan;
