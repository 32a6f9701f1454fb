import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { RequestContext } from '../../commands/command-context.decorator.js';
import { EventSourcing } from '../../commands/event-sourcing.service.js';
import { runPlanCommand, type PlanCommandResult } from './plan-command-runner.js';

export interface RevisePlanInput {
  document: unknown;
  /** The revision the editor started from; a stale one is refused with `PLAN.STALE_REVISION` (409). */
  expectedRevision: number;
  reason: string;
}

export class RevisePlanCommand extends Command<PlanCommandResult> {
  constructor(
    readonly input: RevisePlanInput,
    readonly request: RequestContext,
  ) {
    super();
  }
}

@CommandHandler(RevisePlanCommand)
export class RevisePlanHandler implements ICommandHandler<RevisePlanCommand> {
  constructor(private readonly eventSourcing: EventSourcing) {}

  execute({ input, request }: RevisePlanCommand): Promise<PlanCommandResult> {
    // The reason goes into the event data (the plan's own history) and its metadata alike.
    const ctx = this.eventSourcing.context({ ...request, reason: input.reason });
    return runPlanCommand(this.eventSourcing, { type: 'RevisePlan', ...input }, ctx);
  }
}
