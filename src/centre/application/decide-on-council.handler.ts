import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { RequestContext } from '../../commands/command-context.decorator.js';
import { EventSourcing } from '../../commands/event-sourcing.service.js';
import type { IsoDate } from '../../shared/values.js';
import { intakeDecider } from '../domain/intake.decider.js';
import { intakeStreamId } from '../domain/intake.events.js';
import type { CentreCommandResult } from './centre-command-result.js';
import { normaliseId } from './centre-ids.js';
import { loadIntakeTerms } from './intake-terms.loader.js';

export interface DecideOnCouncilInput {
  intakeYear: number;
  councilId: string;
  outcome: 'selected' | 'declined';
  on: IsoDate;
  reason: string;
}

export class DecideOnCouncilCommand extends Command<CentreCommandResult> {
  constructor(
    readonly input: DecideOnCouncilInput,
    readonly request: RequestContext,
  ) {
    super();
  }
}

/**
 * Selects or declines a council's application, with the reason. Selection and the count it is
 * checked against live on one stream, so two selections racing for the last of the plan's
 * places cannot both win: the loser is decided again and refused.
 */
@CommandHandler(DecideOnCouncilCommand)
export class DecideOnCouncilHandler implements ICommandHandler<DecideOnCouncilCommand> {
  constructor(private readonly eventSourcing: EventSourcing) {}

  async execute({ input, request }: DecideOnCouncilCommand): Promise<CentreCommandResult> {
    const ctx = this.eventSourcing.context(request);
    const { intakeYear, on, reason } = input;
    const councilId = normaliseId(input.councilId);
    return this.eventSourcing.decide(async () => {
      const terms = await loadIntakeTerms(this.eventSourcing, intakeYear);
      const streamId = intakeStreamId(intakeYear);
      const { state, expected } = await this.eventSourcing.load(streamId, intakeDecider);
      const type = input.outcome === 'selected' ? ('SelectCouncil' as const) : ('DeclineCouncil' as const);
      const events = intakeDecider.decide({ type, intakeYear, councilId, on, reason, terms }, state);
      return { position: await this.eventSourcing.append([{ streamId, expected, events }], ctx) };
    });
  }
}
