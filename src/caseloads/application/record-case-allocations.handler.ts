import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { RequestContext } from '../../commands/command-context.decorator.js';
import { EventSourcing } from '../../commands/event-sourcing.service.js';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port.js';
import type { RecordCaseAllocations } from '../domain/caseload.commands.js';
import { runCaseloadCommand, type CaseloadCommandResult } from './caseload-command-runner.js';

/** Records cases allocated to a person on a date, as a count. */
export class RecordCaseAllocationsCommand extends Command<CaseloadCommandResult> {
  constructor(
    readonly input: Omit<RecordCaseAllocations, 'type'>,
    readonly request: RequestContext,
  ) {
    super();
  }
}

@CommandHandler(RecordCaseAllocationsCommand)
export class RecordCaseAllocationsHandler implements ICommandHandler<RecordCaseAllocationsCommand> {
  constructor(
    private readonly eventSourcing: EventSourcing,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  execute({ input, request }: RecordCaseAllocationsCommand): Promise<CaseloadCommandResult> {
    return runCaseloadCommand(this.eventSourcing, this.store, { ...input, type: 'RecordCaseAllocations' }, request);
  }
}
