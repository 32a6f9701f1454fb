import type { CommandContext } from '../../commands/command-context.js';
import type { EventSourcing } from '../../commands/event-sourcing.service.js';
import type { GlobalPosition } from '../../shared/event.js';
import type { PlanCommand } from '../domain/plan.commands.js';
import { planDecider } from '../domain/plan.decider.js';
import { PLAN_STREAM_ID } from '../domain/plan.events.js';

export interface PlanCommandResult {
  /** The revision in force after the command. */
  revision: number;
  position: GlobalPosition | null;
}

/**
 * One load-decide-append cycle on the plan stream. A lost race is decided again on the state that
 * won, where the decider then refuses it properly: a second adoption as `PLAN.ALREADY_ADOPTED`, a
 * revision from the old revision as `PLAN.STALE_REVISION`.
 */
export const runPlanCommand = (
  eventSourcing: EventSourcing,
  command: PlanCommand,
  ctx: CommandContext,
): Promise<PlanCommandResult> =>
  eventSourcing.decide(async () => {
    const { state, expected } = await eventSourcing.load(PLAN_STREAM_ID, planDecider);
    const events = planDecider.decide(command, state);
    const position = await eventSourcing.append([{ streamId: PLAN_STREAM_ID, expected, events }], ctx);
    const revision = events.reduce((_, e) => e.data.revision, state.revision);
    return { revision, position };
  });
