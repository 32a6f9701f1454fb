import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { RequestContext } from '../../commands/command-context.decorator.js';
import { EventSourcing } from '../../commands/event-sourcing.service.js';
import type { IsoDate } from '../../shared/values.js';
import { postDecider } from '../domain/post.decider.js';
import { postStreamId } from '../domain/post.events.js';
import { normalisePostId, type PostCommandResult } from './post-command-result.js';

export interface DisestablishPostInput {
  postId: string;
  /** First day without the post. */
  on: IsoDate;
}

export class DisestablishPostCommand extends Command<PostCommandResult> {
  constructor(
    readonly input: DisestablishPostInput,
    readonly request: RequestContext,
  ) {
    super();
  }
}

/** Ends a vacant post; a held one must be vacated first, so every tenure has an explicit end. */
@CommandHandler(DisestablishPostCommand)
export class DisestablishPostHandler implements ICommandHandler<DisestablishPostCommand> {
  constructor(private readonly eventSourcing: EventSourcing) {}

  async execute({ input, request }: DisestablishPostCommand): Promise<PostCommandResult> {
    const ctx = this.eventSourcing.context(request);
    const postId = normalisePostId(input.postId);
    return this.eventSourcing.decide(async () => {
      const streamId = postStreamId(postId);
      const { state, expected } = await this.eventSourcing.load(streamId, postDecider);
      const events = postDecider.decide({ type: 'DisestablishPost', postId, on: input.on }, state);
      const position = await this.eventSourcing.append([{ streamId, expected, events }], ctx);
      return { postId, position };
    });
  }
}
