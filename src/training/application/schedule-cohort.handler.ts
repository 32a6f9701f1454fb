import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { RequestContext } from '../../commands/command-context.decorator.js';
import { newId } from '../../commands/command-ids.js';
import { EventSourcing } from '../../commands/event-sourcing.service.js';
import type { GlobalPosition } from '../../shared/event.js';
import { ukDateOf } from '../../shared/programme-year.js';
import type { ScheduleCohort } from '../domain/cohort.commands.js';
import { cohortDecider } from '../domain/cohort.decider.js';
import { cohortStreamId } from '../domain/cohort.events.js';
import { newCohortId } from './training-ids.js';

export type ScheduleCohortInput = Omit<ScheduleCohort, 'type' | 'cohortId'> & { cohortId?: string };

export interface ScheduleCohortResult {
  cohortId: string;
  /** Pass to `EventSourcing.settle` to read the new cohort back. */
  position: GlobalPosition | null;
}

export class ScheduleCohortCommand extends Command<ScheduleCohortResult> {
  constructor(
    readonly input: ScheduleCohortInput,
    readonly request: RequestContext,
  ) {
    super();
  }
}

@CommandHandler(ScheduleCohortCommand)
export class ScheduleCohortHandler implements ICommandHandler<ScheduleCohortCommand> {
  constructor(private readonly eventSourcing: EventSourcing) {}

  async execute({ input, request }: ScheduleCohortCommand): Promise<ScheduleCohortResult> {
    const cohortId = newCohortId(input.cohortId, () => newId(request, 'cohort'));
    const ctx = this.eventSourcing.context(request);
    // Scheduled today, or from its start if that has passed (a cohort recorded after it began).
    const today = ukDateOf(ctx.now);
    const scheduledOn = input.scheduledOn ?? (input.startsOn < today ? input.startsOn : today);
    const command: ScheduleCohort = { ...input, type: 'ScheduleCohort', cohortId, scheduledOn };
    return this.eventSourcing.decide(async () => {
      const streamId = cohortStreamId(cohortId);
      const { state, expected } = await this.eventSourcing.load(streamId, cohortDecider);
      const events = cohortDecider.decide(command, state);
      const position = await this.eventSourcing.append([{ streamId, expected, events }], ctx);
      return { cohortId, position };
    });
  }
}
