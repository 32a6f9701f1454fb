import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { RequestContext } from '../../commands/command-context.decorator.js';
import { EventSourcing } from '../../commands/event-sourcing.service.js';
import type { RecordQualification } from '../domain/staff.commands.js';
import { runStaffCommand, type StaffCommandResult } from './staff-command-runner.js';

/** Records a qualification with its evidence; may make the person dual qualified. */
export class RecordQualificationCommand extends Command<StaffCommandResult> {
  constructor(
    readonly input: Omit<RecordQualification, 'type'>,
    readonly request: RequestContext,
  ) {
    super();
  }
}

@CommandHandler(RecordQualificationCommand)
export class RecordQualificationHandler implements ICommandHandler<RecordQualificationCommand> {
  constructor(private readonly eventSourcing: EventSourcing) {}

  execute({ input, request }: RecordQualificationCommand): Promise<StaffCommandResult> {
    return runStaffCommand(this.eventSourcing, { ...input, type: 'RecordQualification' }, request);
  }
}
