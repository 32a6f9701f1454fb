import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { RequestContext } from '../../commands/command-context.decorator.js';
import { EventSourcing } from '../../commands/event-sourcing.service.js';
import { runPlanCommand, type PlanCommandResult } from './plan-command-runner.js';

/** Adopts the first plan. `document` is untrusted input: the decider validates it (`PLAN.INVALID`). */
export class AdoptPlanCommand extends Command<PlanCommandResult> {
  constructor(
    readonly document: unknown,
    readonly request: RequestContext,
  ) {
    super();
  }
}

@CommandHandler(AdoptPlanCommand)
export class AdoptPlanHandler implements ICommandHandler<AdoptPlanCommand> {
  constructor(private readonly eventSourcing: EventSourcing) {}

  execute({ document, request }: AdoptPlanCommand): Promise<PlanCommandResult> {
    const command = { type: 'AdoptPlan' as const, document, ...(request.reason ? { reason: request.reason } : {}) };
    return runPlanCommand(this.eventSourcing, command, this.eventSourcing.context(request));
  }
}
