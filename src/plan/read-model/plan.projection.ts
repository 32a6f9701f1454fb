import type { Projection, ProjectionContext } from '../../projections/projection.js';
import type { RecordedEvent } from '../../shared/event.js';
import type { PlanEvent } from '../domain/plan.events.js';

export const PLAN_VIEW_TABLE = 'plan_view';

/**
 * Keeps `plan_view`: one row per revision of the plan stream with who made it, why and when.
 * The newest revision is the effective one; the one it replaces is marked superseded at the
 * instant the new one was recorded.
 */
export class PlanProjection implements Projection {
  readonly name = 'plan';
  readonly tables = [PLAN_VIEW_TABLE];

  async apply(event: RecordedEvent, ctx: ProjectionContext): Promise<void> {
    if (event.type !== 'PlanAdopted' && event.type !== 'PlanRevised') return;
    const { data } = { type: event.type, data: event.data } as PlanEvent;
    const table = ctx.table(PLAN_VIEW_TABLE);
    const recordedAt = event.metadata.recordedAt;
    await ctx.query(`UPDATE ${table} SET effective = false, superseded_at = $1 WHERE effective`, [recordedAt]);
    await ctx.query(
      `INSERT INTO ${table} (revision, document, reason, actor, recorded_at, effective)
       VALUES ($1, $2, $3, $4, $5, true)`,
      [
        data.revision,
        JSON.stringify(data.document),
        data.reason ?? event.metadata.reason ?? null,
        event.metadata.actor,
        recordedAt,
      ],
    );
  }
}
