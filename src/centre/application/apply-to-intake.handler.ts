import { randomUUID } from 'node:crypto';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { RequestContext } from '../../commands/command-context.decorator.js';
import { EventSourcing } from '../../commands/event-sourcing.service.js';
import type { IsoDate } from '../../shared/values.js';
import { intakeDecider } from '../domain/intake.decider.js';
import { intakeStreamId } from '../domain/intake.events.js';
import type { CentreCommandResult } from './centre-command-result.js';
import { loadIntakeTerms } from './intake-terms.loader.js';

export interface ApplyToIntakeInput {
  intakeYear: number;
  name: string;
  ofstedRating: string;
  leadershipNotes: string;
  appliedOn: IsoDate;
}

export class ApplyToIntakeCommand extends Command<CentreCommandResult & { councilId: string }> {
  constructor(
    readonly input: ApplyToIntakeInput,
    readonly request: RequestContext,
  ) {
    super();
  }
}

/** A council applies to the intake of a programme year; its id is generated here. */
@CommandHandler(ApplyToIntakeCommand)
export class ApplyToIntakeHandler implements ICommandHandler<ApplyToIntakeCommand> {
  constructor(private readonly eventSourcing: EventSourcing) {}

  async execute({ input, request }: ApplyToIntakeCommand): Promise<CentreCommandResult & { councilId: string }> {
    const ctx = this.eventSourcing.context(request);
    const councilId = randomUUID();
    return this.eventSourcing.decide(async () => {
      const terms = await loadIntakeTerms(this.eventSourcing, input.intakeYear);
      const streamId = intakeStreamId(input.intakeYear);
      const { state, expected } = await this.eventSourcing.load(streamId, intakeDecider);
      const events = intakeDecider.decide({ type: 'ApplyToIntake', ...input, councilId, terms }, state);
      const position = await this.eventSourcing.append([{ streamId, expected, events }], ctx);
      return { councilId, position };
    });
  }
}
