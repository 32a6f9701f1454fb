import { canonicalJson } from '../../shared/canonical-json.js';
import type { Decider } from '../../shared/decider.js';
import { conflict, DomainError, invalid, notFound } from '../../shared/domain-error.js';
import { isNonEmptyText } from '../../shared/values.js';
import { requireValidPlan } from './plan-document.js';
import type { AdoptPlan, PlanCommand, RevisePlan } from './plan.commands.js';
import type { PlanEvent } from './plan.events.js';
import { evolvePlan, initialPlanState, type PlanState } from './plan.state.js';

const adopt = (command: AdoptPlan, state: PlanState): PlanEvent[] => {
  if (state.status !== 'none') {
    throw conflict('PLAN.ALREADY_ADOPTED', `a plan is already adopted (revision ${state.revision}); revise it`);
  }
  const document = requireValidPlan(command.document);
  const reason = isNonEmptyText(command.reason) ? { reason: command.reason.trim() } : {};
  return [{ type: 'PlanAdopted', data: { revision: 1, document, ...reason } }];
};

const revise = (command: RevisePlan, state: PlanState): PlanEvent[] => {
  if (state.status === 'none' || !state.document) throw notFound('PLAN.NOT_ADOPTED', 'no plan has been adopted yet');
  if (!isNonEmptyText(command.reason)) throw invalid('PLAN.REASON_REQUIRED', 'a revision needs a reason');
  if (!Number.isInteger(command.expectedRevision)) {
    throw invalid('PLAN.INVALID_REVISION', 'expectedRevision must be the revision number the change starts from');
  }
  if (command.expectedRevision !== state.revision) {
    throw conflict(
      'PLAN.STALE_REVISION',
      `the plan is at revision ${state.revision}, not ${command.expectedRevision}: reload it and apply the change again`,
    );
  }
  const document = requireValidPlan(command.document);
  // Canonical form: key order in a JSON body is no change at all.
  if (canonicalJson(document) === canonicalJson(state.document)) {
    throw new DomainError('PLAN.NO_CHANGE', `the document is the same as revision ${state.revision}`);
  }
  return [{ type: 'PlanRevised', data: { revision: state.revision + 1, document, reason: command.reason.trim() } }];
};

export const decidePlan = (command: PlanCommand, state: PlanState): PlanEvent[] => {
  switch (command.type) {
    case 'AdoptPlan':
      return adopt(command, state);
    case 'RevisePlan':
      return revise(command, state);
    default: {
      const _exhaustive: never = command;
      throw invalid('PLAN.UNKNOWN_COMMAND', `unknown command ${JSON.stringify(_exhaustive)}`);
    }
  }
};

export const planDecider: Decider<PlanCommand, PlanState, PlanEvent> = {
  initialState: initialPlanState,
  evolve: evolvePlan,
  decide: decidePlan,
};
