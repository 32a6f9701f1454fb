import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { RequestContext } from '../../commands/command-context.decorator.js';
import { EventSourcing } from '../../commands/event-sourcing.service.js';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port.js';
import type { ClearCaseloadCap } from '../domain/caseload.commands.js';
import { runCaseloadCommand, type CaseloadCommandResult } from './caseload-command-runner.js';

/** Clears a person's individual cap from a date: the plan's applies again. */
export class ClearCaseloadCapCommand extends Command<CaseloadCommandResult> {
  constructor(
    readonly input: Omit<ClearCaseloadCap, 'type'>,
    readonly request: RequestContext,
  ) {
    super();
  }
}

@CommandHandler(ClearCaseloadCapCommand)
export class ClearCaseloadCapHandler implements ICommandHandler<ClearCaseloadCapCommand> {
  constructor(
    private readonly eventSourcing: EventSourcing,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  execute({ input, request }: ClearCaseloadCapCommand): Promise<CaseloadCommandResult> {
    return runCaseloadCommand(this.eventSourcing, this.store, { ...input, type: 'ClearCaseloadCap' }, request);
  }
}
