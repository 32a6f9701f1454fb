import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { RequestContext } from '../../commands/command-context.decorator.js';
import { EventSourcing } from '../../commands/event-sourcing.service.js';
import type { IsoDate } from '../../shared/values.js';
import { staffDecider } from '../../staff/domain/staff.decider.js';
import { staffStreamId } from '../../staff/domain/staff.events.js';
import { intakeDecider } from '../domain/intake.decider.js';
import { intakeStreamId } from '../domain/intake.events.js';
import { decideOnSiteSupport } from '../domain/on-site-support.decider.js';
import type { CentreCommandResult } from './centre-command-result.js';
import { normaliseId } from './centre-ids.js';
import { loadIntakeTerms } from './intake-terms.loader.js';

export interface RecordOnSiteSupportInput {
  intakeYear: number;
  councilId: string;
  staffId: string;
  on: IsoDate;
  hoursHundredths?: number;
}

export class RecordOnSiteSupportCommand extends Command<CentreCommandResult & { hoursHundredths: number }> {
  constructor(
    readonly input: RecordOnSiteSupportInput,
    readonly request: RequestContext,
  ) {
    super();
  }
}

/**
 * A day a Triborough staff member spent at a council of the intake. The staff stream is read, not
 * written: a leaving recorded at the same moment is the one race left open, and its own date
 * shows the overlap on record.
 */
@CommandHandler(RecordOnSiteSupportCommand)
export class RecordOnSiteSupportHandler implements ICommandHandler<RecordOnSiteSupportCommand> {
  constructor(private readonly eventSourcing: EventSourcing) {}

  async execute({ input, request }: RecordOnSiteSupportCommand) {
    const ctx = this.eventSourcing.context(request);
    const councilId = normaliseId(input.councilId);
    const staffId = normaliseId(input.staffId);
    return this.eventSourcing.decide(async () => {
      const terms = await loadIntakeTerms(this.eventSourcing, input.intakeYear);
      const streamId = intakeStreamId(input.intakeYear);
      const [intake, staff] = await Promise.all([
        this.eventSourcing.load(streamId, intakeDecider),
        this.eventSourcing.load(staffStreamId(staffId), staffDecider),
      ]);
      const command = { type: 'RecordOnSiteSupport' as const, ...input, councilId, staffId, terms };
      const events = decideOnSiteSupport(command, intake.state, staff.state);
      const position = await this.eventSourcing.append([{ streamId, expected: intake.expected, events }], ctx);
      return { position, hoursHundredths: events[0].data.hoursHundredths };
    });
  }
}
