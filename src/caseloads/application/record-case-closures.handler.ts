import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { RequestContext } from '../../commands/command-context.decorator.js';
import { EventSourcing } from '../../commands/event-sourcing.service.js';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port.js';
import type { RecordCaseClosures } from '../domain/caseload.commands.js';
import { runCaseloadCommand, type CaseloadCommandResult } from './caseload-command-runner.js';

/** Records cases a person closed on a date, as a count; never below zero. */
export class RecordCaseClosuresCommand extends Command<CaseloadCommandResult> {
  constructor(
    readonly input: Omit<RecordCaseClosures, 'type'>,
    readonly request: RequestContext,
  ) {
    super();
  }
}

@CommandHandler(RecordCaseClosuresCommand)
export class RecordCaseClosuresHandler implements ICommandHandler<RecordCaseClosuresCommand> {
  constructor(
    private readonly eventSourcing: EventSourcing,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  execute({ input, request }: RecordCaseClosuresCommand): Promise<CaseloadCommandResult> {
    return runCaseloadCommand(this.eventSourcing, this.store, { ...input, type: 'RecordCaseClosures' }, request);
  }
}
