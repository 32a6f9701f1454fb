import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { RequestContext } from '../../commands/command-context.decorator.js';
import { EventSourcing } from '../../commands/event-sourcing.service.js';
import type { IsoDate } from '../../shared/values.js';
import { holdingsEventsFor, holdingsStreamId } from '../domain/post-holdings.events.js';
import { evolveHoldings, initialHoldingsState } from '../domain/post-holdings.state.js';
import { postDecider } from '../domain/post.decider.js';
import { postStreamId } from '../domain/post.events.js';
import { normalisePostId, type PostCommandResult } from './post-command-result.js';

export interface VacatePostInput {
  postId: string;
  /** First day the post is vacant. */
  on: IsoDate;
}

export class VacatePostCommand extends Command<PostCommandResult> {
  constructor(
    readonly input: VacatePostInput,
    readonly request: RequestContext,
  ) {
    super();
  }
}

const holdingsFolding = { initialState: initialHoldingsState, evolve: evolveHoldings };

/** Ends the holder's tenure on the post and, in the same append, releases it from their holdings. */
@CommandHandler(VacatePostCommand)
export class VacatePostHandler implements ICommandHandler<VacatePostCommand> {
  constructor(private readonly eventSourcing: EventSourcing) {}

  async execute({ input, request }: VacatePostCommand): Promise<PostCommandResult> {
    const ctx = this.eventSourcing.context(request);
    const postId = normalisePostId(input.postId);
    return this.eventSourcing.decide(async () => {
      const postStream = postStreamId(postId);
      const post = await this.eventSourcing.load(postStream, postDecider);
      const events = postDecider.decide({ type: 'VacatePost', postId, on: input.on }, post.state);
      const released = Object.entries(holdingsEventsFor(events));
      const holdings = await Promise.all(
        released.map(async ([staffId, holdingEvents]) => {
          const streamId = holdingsStreamId(staffId);
          const { expected } = await this.eventSourcing.load(streamId, holdingsFolding);
          return { streamId, expected, events: holdingEvents };
        }),
      );
      const position = await this.eventSourcing.append(
        [{ streamId: postStream, expected: post.expected, events }, ...holdings],
        ctx,
      );
      return { postId, position };
    });
  }
}
