import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { RequestContext } from '../../commands/command-context.decorator.js';
import { newId } from '../../commands/command-ids.js';
import { EventSourcing } from '../../commands/event-sourcing.service.js';
import type { EstablishPost } from '../domain/post.commands.js';
import { postDecider } from '../domain/post.decider.js';
import { postStreamId } from '../domain/post.events.js';
import type { PostCommandResult } from './post-command-result.js';

export type EstablishPostInput = Omit<EstablishPost, 'type' | 'postId'>;

/** A new post of the establishment; its id is generated here (the same for every retry of a keyed request), so clients cannot collide. */
export class EstablishPostCommand extends Command<PostCommandResult> {
  constructor(
    readonly input: EstablishPostInput,
    readonly request: RequestContext,
  ) {
    super();
  }
}

@CommandHandler(EstablishPostCommand)
export class EstablishPostHandler implements ICommandHandler<EstablishPostCommand> {
  constructor(private readonly eventSourcing: EventSourcing) {}

  async execute({ input, request }: EstablishPostCommand): Promise<PostCommandResult> {
    const postId = newId(request, 'post');
    const streamId = postStreamId(postId);
    const { state, expected } = await this.eventSourcing.load(streamId, postDecider);
    const events = postDecider.decide({ ...input, type: 'EstablishPost', postId }, state);
    const position = await this.eventSourcing.append(
      [{ streamId, expected, events }],
      this.eventSourcing.context(request),
    );
    return { postId, position };
  }
}
