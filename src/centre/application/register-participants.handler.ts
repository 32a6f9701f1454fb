import { randomUUID } from 'node:crypto';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { RequestContext } from '../../commands/command-context.decorator.js';
import { EventSourcing, type PendingAppend } from '../../commands/event-sourcing.service.js';
import type { IsoDate } from '../../shared/values.js';
import { requireTerms } from '../domain/centre.guards.js';
import { intakeDecider } from '../domain/intake.decider.js';
import { intakeStreamId } from '../domain/intake.events.js';
import { participantDecider } from '../domain/participant.decider.js';
import { participantStreamId } from '../domain/participant.events.js';
import type { CentreCommandResult } from './centre-command-result.js';
import { normaliseId } from './centre-ids.js';
import { loadIntakeTerms } from './intake-terms.loader.js';

export interface RegisterParticipantsInput {
  intakeYear: number;
  councilId: string;
  registeredOn: IsoDate;
  /** `name` is personal data: it goes only to the participant's own stream. */
  participants: { name: string; group: string }[];
}

export class RegisterParticipantsCommand extends Command<CentreCommandResult & { participantIds: string[] }> {
  constructor(
    readonly input: RegisterParticipantsInput,
    readonly request: RequestContext,
  ) {
    super();
  }
}

/**
 * Registers the participants a council sends, all or none: the intake gives their places (checked
 * against the plan's places by group) and each gets a stream of their own, in one atomic append.
 */
@CommandHandler(RegisterParticipantsCommand)
export class RegisterParticipantsHandler implements ICommandHandler<RegisterParticipantsCommand> {
  constructor(private readonly eventSourcing: EventSourcing) {}

  async execute({ input, request }: RegisterParticipantsCommand) {
    const ctx = this.eventSourcing.context(request);
    const { intakeYear, registeredOn } = input;
    const councilId = normaliseId(input.councilId);
    const people = input.participants.map((p) => ({ ...p, participantId: randomUUID() }));
    return this.eventSourcing.decide(async () => {
      const terms = await loadIntakeTerms(this.eventSourcing, intakeYear);
      const streamId = intakeStreamId(intakeYear);
      const intake = await this.eventSourcing.load(streamId, intakeDecider);
      const places = people.map(({ participantId, group }) => ({ participantId, group }));
      const command = { type: 'TakePlaces' as const, intakeYear, councilId, registeredOn, participants: places, terms };
      const taken = intakeDecider.decide(command, intake.state);
      const { feePence, startsOn } = requireTerms(terms, intakeYear);
      const appends: PendingAppend[] = [{ streamId, expected: intake.expected, events: taken }];
      for (const { type, data } of taken) {
        if (type !== 'CentrePlaceTaken') continue;
        const person = people.find((p) => p.participantId === data.participantId)!;
        const events = participantDecider.decide(
          { type: 'RegisterParticipant', ...data, name: person.name, feePence, intakeStartsOn: startsOn },
          participantDecider.initialState,
        );
        appends.push({ streamId: participantStreamId(data.participantId), expected: 'no-stream', events });
      }
      const position = await this.eventSourcing.append(appends, ctx);
      return { participantIds: people.map((p) => p.participantId), position };
    });
  }
}
