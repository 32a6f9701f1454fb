import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { RequestContext } from '../../commands/command-context.decorator.js';
import { EventSourcing } from '../../commands/event-sourcing.service.js';
import type { IsoDate } from '../../shared/values.js';
import { participantDecider } from '../domain/participant.decider.js';
import { participantStreamId } from '../domain/participant.events.js';
import type { CentreCommandResult } from './centre-command-result.js';
import { normaliseId } from './centre-ids.js';

export class CompleteParticipantCommand extends Command<CentreCommandResult> {
  constructor(
    readonly input: { participantId: string; on: IsoDate },
    readonly request: RequestContext,
  ) {
    super();
  }
}

@CommandHandler(CompleteParticipantCommand)
export class CompleteParticipantHandler implements ICommandHandler<CompleteParticipantCommand> {
  constructor(private readonly eventSourcing: EventSourcing) {}

  async execute({ input, request }: CompleteParticipantCommand): Promise<CentreCommandResult> {
    const ctx = this.eventSourcing.context(request);
    const participantId = normaliseId(input.participantId);
    return this.eventSourcing.decide(async () => {
      const streamId = participantStreamId(participantId);
      const { state, expected } = await this.eventSourcing.load(streamId, participantDecider);
      const events = participantDecider.decide({ type: 'CompleteParticipant', participantId, on: input.on }, state);
      return { position: await this.eventSourcing.append([{ streamId, expected, events }], ctx) };
    });
  }
}
