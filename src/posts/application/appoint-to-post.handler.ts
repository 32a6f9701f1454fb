import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { RequestContext } from '../../commands/command-context.decorator.js';
import { EventSourcing } from '../../commands/event-sourcing.service.js';
import type { IsoDate } from '../../shared/values.js';
import { staffDecider } from '../../staff/domain/staff.decider.js';
import { staffStreamId } from '../../staff/domain/staff.events.js';
import { decideAppointment } from '../domain/appointment.decider.js';
import { holdingsEventsFor, holdingsStreamId } from '../domain/post-holdings.events.js';
import { evolveHoldings, heldWteHundredths, initialHoldingsState } from '../domain/post-holdings.state.js';
import { postDecider } from '../domain/post.decider.js';
import { postStreamId } from '../domain/post.events.js';
import { normalisePostId, type PostCommandResult } from './post-command-result.js';

export interface AppointToPostInput {
  postId: string;
  staffId: string;
  from: IsoDate;
}

export class AppointToPostCommand extends Command<PostCommandResult> {
  constructor(
    readonly input: AppointToPostInput,
    readonly request: RequestContext,
  ) {
    super();
  }
}

const holdingsFolding = { initialState: initialHoldingsState, evolve: evolveHoldings };

/**
 * Appointment spans the post, the person and the posts they already hold. The post and the
 * person's holdings stream are appended in one atomic step with the versions read, so two
 * appointments of one person racing each other cannot both pass the FTE rule: the loser is
 * decided again on the holdings that won.
 */
@CommandHandler(AppointToPostCommand)
export class AppointToPostHandler implements ICommandHandler<AppointToPostCommand> {
  constructor(private readonly eventSourcing: EventSourcing) {}

  async execute({ input, request }: AppointToPostCommand): Promise<PostCommandResult> {
    const ctx = this.eventSourcing.context(request);
    const postId = normalisePostId(input.postId);
    const staffId = input.staffId.trim().toLowerCase();
    return this.eventSourcing.decide(async () => {
      const postStream = postStreamId(postId);
      const holdingsStream = holdingsStreamId(staffId);
      const [post, staff, holdings] = await Promise.all([
        this.eventSourcing.load(postStream, postDecider),
        this.eventSourcing.load(staffStreamId(staffId), staffDecider),
        this.eventSourcing.load(holdingsStream, holdingsFolding),
      ]);
      const command = { type: 'AppointToPost' as const, postId, staffId, from: input.from };
      const events = decideAppointment(command, post.state, staff.state, heldWteHundredths(holdings.state, postId));
      const position = await this.eventSourcing.append(
        [
          { streamId: postStream, expected: post.expected, events },
          { streamId: holdingsStream, expected: holdings.expected, events: holdingsEventsFor(events)[staffId] ?? [] },
        ],
        ctx,
      );
      return { postId, position };
    });
  }
}
