import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { RequestContext } from '../../commands/command-context.decorator.js';
import { EventSourcing } from '../../commands/event-sourcing.service.js';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port.js';
import type { RecordCaseloadCount } from '../domain/caseload.commands.js';
import { runCaseloadCommand, type CaseloadCommandResult } from './caseload-command-runner.js';

/** Records a person's open-case count as at a date (a stocktake), flagged when over the cap then in force. */
export class RecordCaseloadCountCommand extends Command<CaseloadCommandResult> {
  constructor(
    readonly input: Omit<RecordCaseloadCount, 'type'>,
    readonly request: RequestContext,
  ) {
    super();
  }
}

@CommandHandler(RecordCaseloadCountCommand)
export class RecordCaseloadCountHandler implements ICommandHandler<RecordCaseloadCountCommand> {
  constructor(
    private readonly eventSourcing: EventSourcing,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  execute({ input, request }: RecordCaseloadCountCommand): Promise<CaseloadCommandResult> {
    return runCaseloadCommand(this.eventSourcing, this.store, { ...input, type: 'RecordCaseloadCount' }, request);
  }
}
