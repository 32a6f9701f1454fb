import type { Projection, ProjectionContext } from '../../projections/projection.js';
import type { RecordedEvent } from '../../shared/event.js';
import type { PostEvent, PostEventType } from '../domain/post.events.js';

export const POST_VIEW_TABLE = 'post_view';

const POST_EVENTS: ReadonlySet<string> = new Set<PostEventType>([
  'PostEstablished',
  'PostHolderAppointed',
  'PostVacated',
  'PostDisestablished',
  'PostIntegrated',
  'ClinicianWorkIntegrated',
]);

/**
 * Keeps `post_view`: one row per post, as it stands now, with its holders and the clinician work
 * integrated into it. Every update also records the post stream's version, so a client reading
 * the view can tell which of its own commands it reflects.
 */
export class PostsProjection implements Projection {
  readonly name = 'posts';
  readonly tables = [POST_VIEW_TABLE];

  async apply(event: RecordedEvent, ctx: ProjectionContext): Promise<void> {
    if (!POST_EVENTS.has(event.type)) return;
    const e = { type: event.type, data: event.data } as PostEvent;
    const table = ctx.table(POST_VIEW_TABLE);
    const stamp = [event.streamVersion, event.metadata.recordedAt];
    const update = (set: string, params: unknown[]) =>
      ctx.query(`UPDATE ${table} SET ${set}, version = $2, updated_at = $3 WHERE post_id = $1`, [
        e.data.postId,
        ...stamp,
        ...params,
      ]);
    switch (e.type) {
      case 'PostEstablished': {
        const d = e.data;
        await ctx.query(
          `INSERT INTO ${table} (post_id, title, kind, borough, wte_hundredths, funded_by, annual_cost_pence,
             established_on, status, version, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'established', $9, $10)`,
          [
            d.postId,
            d.title,
            d.kind,
            d.borough,
            d.wteHundredths,
            d.fundedBy,
            d.annualCostPence,
            d.establishedOn,
            ...stamp,
          ],
        );
        return;
      }
      case 'PostHolderAppointed': {
        const holder = { staffId: e.data.staffId, from: e.data.from, to: null };
        await update(`holder_staff_id = $4, holder_from = $5, holders = holders || $6::jsonb`, [
          e.data.staffId,
          e.data.from,
          JSON.stringify([holder]),
        ]);
        return;
      }
      case 'PostVacated':
        // The tenure being ended is the last one in the list, the only one without an end.
        await update(
          `holder_staff_id = NULL, holder_from = NULL,
           holders = jsonb_set(holders, ARRAY[(jsonb_array_length(holders) - 1)::text, 'to'], to_jsonb($4::text))`,
          [e.data.on],
        );
        return;
      case 'PostDisestablished':
        await update(`status = 'disestablished', ended_on = $4`, [e.data.on]);
        return;
      case 'PostIntegrated':
        await update(`status = 'integrated', ended_on = $4, integrated_into = $5`, [
          e.data.integratedOn,
          e.data.intoPostId,
        ]);
        return;
      case 'ClinicianWorkIntegrated': {
        const { fromPostId, integratedWteHundredths, integratedOn, heldBy } = e.data;
        const work = { fromPostId, wteHundredths: integratedWteHundredths, on: integratedOn, heldBy };
        await update(
          `integrated_wte_hundredths = integrated_wte_hundredths + $4, integrated_work = integrated_work || $5::jsonb`,
          [integratedWteHundredths, JSON.stringify([work])],
        );
        return;
      }
      default: {
        const _exhaustive: never = e;
        return _exhaustive;
      }
    }
  }
}
