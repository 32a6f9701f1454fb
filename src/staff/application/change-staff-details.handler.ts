import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { RequestContext } from '../../commands/command-context.decorator.js';
import { holderAppendsFor } from '../../posts/application/holder-appends.js';
import { EventSourcing } from '../../commands/event-sourcing.service.js';
import type { ChangeStaffDetails } from '../domain/staff.commands.js';
import { runStaffCommand, type StaffCommandResult } from './staff-command-runner.js';

/**
 * Changes role, FTE or borough from an effective date; refused for a leaver (`STAFF.HAS_LEFT`)
 * and for an FTE below the posts held (`STAFF.FTE_BELOW_POSTS_HELD`).
 */
export class ChangeStaffDetailsCommand extends Command<StaffCommandResult> {
  constructor(
    readonly input: Omit<ChangeStaffDetails, 'type'>,
    readonly request: RequestContext,
  ) {
    super();
  }
}

@CommandHandler(ChangeStaffDetailsCommand)
export class ChangeStaffDetailsHandler implements ICommandHandler<ChangeStaffDetailsCommand> {
  constructor(private readonly eventSourcing: EventSourcing) {}

  execute({ input, request }: ChangeStaffDetailsCommand): Promise<StaffCommandResult> {
    return runStaffCommand(this.eventSourcing, { ...input, type: 'ChangeStaffDetails' }, request, (events) =>
      holderAppendsFor(this.eventSourcing, events),
    );
  }
}
