import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { RequestContext } from '../../commands/command-context.decorator.js';
import { EventSourcing } from '../../commands/event-sourcing.service.js';
import type { IsoDate } from '../../shared/values.js';
import { staffDecider } from '../../staff/domain/staff.decider.js';
import { staffStreamId } from '../../staff/domain/staff.events.js';
import { decideIntegration } from '../domain/integration.decider.js';
import { postDecider } from '../domain/post.decider.js';
import { postStreamId } from '../domain/post.events.js';
import { normalisePostId, type PostCommandResult } from './post-command-result.js';

export interface IntegratePostInput {
  /** The separate clinician post that ends. */
  postId: string;
  /** The social work post that carries its work from `on`. */
  intoPostId: string;
  on: IsoDate;
}

export class IntegratePostCommand extends Command<PostCommandResult> {
  constructor(
    readonly input: IntegratePostInput,
    readonly request: RequestContext,
  ) {
    super();
  }
}

/**
 * Moves a clinician post into a social work post: both post streams are appended in one atomic
 * step. The holder's own stream is read, not written: a qualification lapsing at the same moment
 * is the one race left open, and the lapse's own events end the dual qualification on record.
 */
@CommandHandler(IntegratePostCommand)
export class IntegratePostHandler implements ICommandHandler<IntegratePostCommand> {
  constructor(private readonly eventSourcing: EventSourcing) {}

  async execute({ input, request }: IntegratePostCommand): Promise<PostCommandResult> {
    const ctx = this.eventSourcing.context(request);
    const postId = normalisePostId(input.postId);
    const intoPostId = normalisePostId(input.intoPostId);
    return this.eventSourcing.decide(async () => {
      const clinicianStream = postStreamId(postId);
      const socialWorkStream = postStreamId(intoPostId);
      const [clinician, socialWork] = await Promise.all([
        this.eventSourcing.load(clinicianStream, postDecider),
        this.eventSourcing.load(socialWorkStream, postDecider),
      ]);
      const heldBy = socialWork.state.holder?.staffId;
      const holder = heldBy ? (await this.eventSourcing.load(staffStreamId(heldBy), staffDecider)).state : undefined;
      const command = { type: 'IntegratePost' as const, postId, intoPostId, on: input.on };
      const decision = decideIntegration(command, clinician.state, socialWork.state, holder);
      const position = await this.eventSourcing.append(
        [
          { streamId: clinicianStream, expected: clinician.expected, events: decision.clinicianPost },
          { streamId: socialWorkStream, expected: socialWork.expected, events: decision.socialWorkPost },
        ],
        ctx,
      );
      return { postId, position };
    });
  }
}
