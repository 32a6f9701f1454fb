import type { PlanDocument } from './plan-document.js';
import type { PlanEvent } from './plan.events.js';

export interface PlanState {
  status: 'none' | 'adopted';
  /** 0 before adoption, then 1, 2, ... one per revision. */
  revision: number;
  document?: PlanDocument;
}

export const initialPlanState: PlanState = { status: 'none', revision: 0 };

export const evolvePlan = (state: PlanState, event: PlanEvent): PlanState => {
  switch (event.type) {
    case 'PlanAdopted':
    case 'PlanRevised':
      return { status: 'adopted', revision: event.data.revision, document: event.data.document };
    default: {
      const _exhaustive: never = event;
      return _exhaustive;
    }
  }
};
