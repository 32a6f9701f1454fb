import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { RequestContext } from '../../commands/command-context.decorator.js';
import { newId } from '../../commands/command-ids.js';
import { EventSourcing } from '../../commands/event-sourcing.service.js';
import { invalid } from '../../shared/domain-error.js';
import type { EstablishPost } from '../domain/post.commands.js';
import { postDecider } from '../domain/post.decider.js';
import { postStreamId } from '../domain/post.events.js';
import type { PostCommandResult } from './post-command-result.js';

export type EstablishPostInput = Omit<EstablishPost, 'type' | 'postId'> & { postId?: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * A new post of the establishment. Its id is generated here (the same for every retry of a keyed
 * request), so clients cannot collide; imports
 * bring their own (derived from the council's post reference), and one already established is
 * refused by the decider with `POSTS.ALREADY_ESTABLISHED`.
 */
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
    const postId = (input.postId ?? newId(request, 'post')).toLowerCase();
    if (!UUID.test(postId)) throw invalid('POSTS.INVALID_ID', 'A post id is a UUID');
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
