import { effectiveDateOf } from '../../projections/effective-date.js';
import type { Projection, ProjectionContext } from '../../projections/projection.js';
import type { RecordedEvent } from '../../shared/event.js';
import type { PlanEvent } from '../domain/plan.events.js';

export const PLAN_VIEW_TABLE = 'plan_view';

/**
 * Keeps `plan_view`: one row per revision of the plan stream with who made it, why, when it was
 * recorded and the day it took effect (the UK day it was recorded). Rows are only ever added:
 * which revision is in force, and until when, is worked out by the queries at their cut.
 */
export class PlanProjection implements Projection {
  readonly name = 'plan';
  readonly tables = [PLAN_VIEW_TABLE];
  readonly bitemporal = [PLAN_VIEW_TABLE];

  async apply(event: RecordedEvent, ctx: ProjectionContext): Promise<void> {
    if (event.type !== 'PlanAdopted' && event.type !== 'PlanRevised') return;
    const { data } = { type: event.type, data: event.data } as PlanEvent;
    await ctx.query(
      `INSERT INTO ${ctx.table(PLAN_VIEW_TABLE)} (revision, document, reason, actor, recorded_at, effective_on)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [
        data.revision,
        JSON.stringify(data.document),
        data.reason ?? event.metadata.reason ?? null,
        event.metadata.actor,
        event.metadata.recordedAt,
        effectiveDateOf(event),
      ],
    );
  }
}
