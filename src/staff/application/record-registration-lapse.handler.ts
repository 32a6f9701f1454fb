import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { RequestContext } from '../../commands/command-context.decorator.js';
import { EventSourcing } from '../../commands/event-sourcing.service.js';
import type { RecordRegistrationLapse } from '../domain/staff.commands.js';
import { runStaffCommand, type StaffCommandResult } from './staff-command-runner.js';

/** Records the lapse of the current Social Work England registration; may end dual qualification. */
export class RecordRegistrationLapseCommand extends Command<StaffCommandResult> {
  constructor(
    readonly input: Omit<RecordRegistrationLapse, 'type'>,
    readonly request: RequestContext,
  ) {
    super();
  }
}

@CommandHandler(RecordRegistrationLapseCommand)
export class RecordRegistrationLapseHandler implements ICommandHandler<RecordRegistrationLapseCommand> {
  constructor(private readonly eventSourcing: EventSourcing) {}

  execute({ input, request }: RecordRegistrationLapseCommand): Promise<StaffCommandResult> {
    return runStaffCommand(this.eventSourcing, { ...input, type: 'RecordRegistrationLapse' }, request);
  }
}
