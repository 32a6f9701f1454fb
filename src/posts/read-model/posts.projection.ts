import { effectiveDateOf } from '../../projections/effective-date.js';
import type { Projection, ProjectionContext } from '../../projections/projection.js';
import type { RecordedEvent } from '../../shared/event.js';
import type { PostEvent, PostEventType } from '../domain/post.events.js';
import { evolvePostView } from './post-view-evolve.js';
import { POST_VIEW_ROWS, POST_VIEW_TABLE } from './post-view.js';

export { POST_VIEW_TABLE };

const POST_EVENTS: ReadonlySet<string> = new Set<PostEventType>([
  'PostEstablished',
  'PostHolderAppointed',
  'PostVacated',
  'PostDisestablished',
  'PostIntegrated',
  'ClinicianWorkIntegrated',
]);

/**
 * Keeps `post_view`: each post as effective-dated versions, with its holders and the clinician
 * work integrated into it. Every version records the post stream's version, so a client reading
 * the view can tell which of its own commands it reflects.
 */
export class PostsProjection implements Projection {
  readonly name = 'posts';
  readonly tables = [POST_VIEW_TABLE];
  readonly bitemporal = [POST_VIEW_TABLE];

  async apply(event: RecordedEvent, ctx: ProjectionContext): Promise<void> {
    if (!POST_EVENTS.has(event.type)) return;
    const e = { type: event.type, data: event.data } as PostEvent;
    const facts = { version: event.streamVersion, recordedAt: event.metadata.recordedAt };
    await POST_VIEW_ROWS.changeFrom(ctx, [e.data.postId], effectiveDateOf(event), (view) =>
      evolvePostView(view, e, facts),
    );
  }
}
