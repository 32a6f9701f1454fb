import type { Projection, ProjectionContext } from '../../projections/projection.js';
import type { RecordedEvent } from '../../shared/event.js';

export const STREAM_ACTIVITY = 'stream-activity';

/** `staff-3f…` is in category `staff`; a stream id without a dash is its own category. */
export const categoryOf = (streamId: string): string => {
  const dash = streamId.indexOf('-');
  return dash < 0 ? streamId : streamId.slice(0, dash);
};

/**
 * Who touched which stream, and how much happens per day, per event type and per actor. The
 * audit context reads these to answer "what changed lately and who did it" without a replay.
 */
export class StreamActivityProjection implements Projection {
  readonly name = STREAM_ACTIVITY;
  readonly tables = ['stream_activity', 'daily_activity'] as const;

  async apply(event: RecordedEvent, ctx: ProjectionContext): Promise<void> {
    const recordedAt = event.metadata.recordedAt;
    const actor = event.metadata.actor;
    // Two appends spanning the same streams can reach the global order in the opposite order to
    // their stream versions, so "first" and "last" follow the stream version, not arrival.
    await ctx.query(
      `INSERT INTO ${ctx.table('stream_activity')} AS s
         (stream_id, category, event_count, first_type, last_type, first_recorded_at, last_recorded_at, last_actor, last_version)
       VALUES ($1, $2, 1, $3, $3, $4, $4, $5, $6)
       ON CONFLICT (stream_id) DO UPDATE SET
         event_count = s.event_count + 1,
         first_type = CASE WHEN $6 = 0 THEN EXCLUDED.first_type ELSE s.first_type END,
         first_recorded_at = CASE WHEN $6 = 0 THEN EXCLUDED.first_recorded_at ELSE s.first_recorded_at END,
         last_type = CASE WHEN $6 > s.last_version THEN EXCLUDED.last_type ELSE s.last_type END,
         last_recorded_at = CASE WHEN $6 > s.last_version THEN EXCLUDED.last_recorded_at ELSE s.last_recorded_at END,
         last_actor = CASE WHEN $6 > s.last_version THEN EXCLUDED.last_actor ELSE s.last_actor END,
         last_version = GREATEST(s.last_version, $6)`,
      [event.streamId, categoryOf(event.streamId), event.type, recordedAt, actor, event.streamVersion],
    );
    await ctx.query(
      `INSERT INTO ${ctx.table('daily_activity')} AS d (day, event_type, actor, event_count)
       VALUES (($1::timestamptz AT TIME ZONE 'UTC')::date, $2, $3, 1)
       ON CONFLICT (day, event_type, actor) DO UPDATE SET event_count = d.event_count + 1`,
      [recordedAt, event.type, actor],
    );
  }
}
