import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { RequestContext } from '../../commands/command-context.decorator.js';
import { holderAppendsFor } from '../../posts/application/holder-appends.js';
import { EventSourcing } from '../../commands/event-sourcing.service.js';
import type { RecordLeaving } from '../domain/staff.commands.js';
import { runStaffCommand, type StaffCommandResult } from './staff-command-runner.js';

/** Records that a person left, with the date and reason; the posts they hold fall vacant that day. */
export class RecordLeavingCommand extends Command<StaffCommandResult> {
  constructor(
    readonly input: Omit<RecordLeaving, 'type'>,
    readonly request: RequestContext,
  ) {
    super();
  }
}

@CommandHandler(RecordLeavingCommand)
export class RecordLeavingHandler implements ICommandHandler<RecordLeavingCommand> {
  constructor(private readonly eventSourcing: EventSourcing) {}

  execute({ input, request }: RecordLeavingCommand): Promise<StaffCommandResult> {
    return runStaffCommand(this.eventSourcing, { ...input, type: 'RecordLeaving' }, request, (events) =>
      holderAppendsFor(this.eventSourcing, events),
    );
  }
}
