import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { RequestContext } from '../../commands/command-context.decorator.js';
import { EventSourcing } from '../../commands/event-sourcing.service.js';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port.js';
import type { SetCaseloadCap } from '../domain/caseload.commands.js';
import { runCaseloadCommand, type CaseloadCommandResult } from './caseload-command-runner.js';

/** Sets a person's individual cap from a date, in place of the plan's (a phased return, say). */
export class SetCaseloadCapCommand extends Command<CaseloadCommandResult> {
  constructor(
    readonly input: Omit<SetCaseloadCap, 'type'>,
    readonly request: RequestContext,
  ) {
    super();
  }
}

@CommandHandler(SetCaseloadCapCommand)
export class SetCaseloadCapHandler implements ICommandHandler<SetCaseloadCapCommand> {
  constructor(
    private readonly eventSourcing: EventSourcing,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  execute({ input, request }: SetCaseloadCapCommand): Promise<CaseloadCommandResult> {
    return runCaseloadCommand(this.eventSourcing, this.store, { ...input, type: 'SetCaseloadCap' }, request);
  }
}
