import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { RequestContext } from '../../commands/command-context.decorator.js';
import { EventSourcing } from '../../commands/event-sourcing.service.js';
import type { GlobalPosition } from '../../shared/event.js';
import { ukDateOf } from '../../shared/programme-year.js';
import type { IsoDate } from '../../shared/values.js';
import { staffDecider } from '../../staff/domain/staff.decider.js';
import { staffStreamId } from '../../staff/domain/staff.events.js';
import { cohortDecider } from '../domain/cohort.decider.js';
import { cohortStreamId } from '../domain/cohort.events.js';
import { decideEnrolment } from '../domain/enrolment.decider.js';
import { normaliseId } from './training-ids.js';

export interface EnrolInCohortInput {
  cohortId: string;
  staffId: string;
  /** Defaults to today's date in the UK, from the injected clock. */
  enrolledOn?: IsoDate;
}

export interface EnrolInCohortResult {
  status: 'enrolled' | 'waitlisted';
  position: GlobalPosition | null;
}

export class EnrolInCohortCommand extends Command<EnrolInCohortResult> {
  constructor(
    readonly input: EnrolInCohortInput,
    readonly request: RequestContext,
  ) {
    super();
  }
}

/**
 * Enrolment spans the person and the cohort: both are loaded, the decision is made over both,
 * and both streams are appended in one atomic step with the version each was read at. Two people
 * taking the last place therefore cannot both win: the second append conflicts, and the whole
 * decision is taken again on the state that won, which puts the second person on the waiting list.
 */
@CommandHandler(EnrolInCohortCommand)
export class EnrolInCohortHandler implements ICommandHandler<EnrolInCohortCommand> {
  constructor(private readonly eventSourcing: EventSourcing) {}

  async execute({ input, request }: EnrolInCohortCommand): Promise<EnrolInCohortResult> {
    const ctx = this.eventSourcing.context(request);
    const cohortId = normaliseId(input.cohortId);
    const staffId = normaliseId(input.staffId);
    const enrolledOn = input.enrolledOn ?? ukDateOf(ctx.now);
    return this.eventSourcing.decide(async () => {
      const staffStream = staffStreamId(staffId);
      const cohortStream = cohortStreamId(cohortId);
      const [staff, cohort] = await Promise.all([
        this.eventSourcing.load(staffStream, staffDecider),
        this.eventSourcing.load(cohortStream, cohortDecider),
      ]);
      const decision = decideEnrolment(
        { type: 'EnrolInCohort', cohortId, staffId, enrolledOn },
        staff.state,
        cohort.state,
      );
      const position = await this.eventSourcing.append(
        [
          { streamId: staffStream, expected: staff.expected, events: decision.staff },
          { streamId: cohortStream, expected: cohort.expected, events: decision.cohort },
        ],
        ctx,
      );
      const status = decision.cohort.some((e) => e.type === 'PersonEnrolled') ? 'enrolled' : 'waitlisted';
      return { status, position };
    });
  }
}
