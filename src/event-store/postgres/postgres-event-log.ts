import type { DataSource } from 'typeorm';
import type { EventLogFilter, EventLogPage, EventLogReader } from '../event-log.js';
import { EVENT_COLUMNS, toRecordedEvent, type EventRow } from './event-row.js';

/**
 * The audit log straight from the events table. Only events below the oldest transaction still in
 * flight are read, as `readAll` does, so a page boundary never passes an event that commits late
 * and a cursor stays valid. The filters each have an index ending in the global order.
 */
export class PostgresEventLog implements EventLogReader {
  constructor(private readonly db: DataSource) {}

  async page(filter: EventLogFilter, limit: number): Promise<EventLogPage> {
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    const where = ['transaction_id < pg_snapshot_xmin(pg_current_snapshot())'];
    if (filter.streamId !== undefined) where.push(`stream_id = ${param(filter.streamId)}`);
    if (filter.type !== undefined) where.push(`type = ${param(filter.type)}`);
    if (filter.actor !== undefined) where.push(`(metadata->>'actor') = ${param(filter.actor)}`);
    if (filter.from) where.push(`recorded_at >= ${param(filter.from.toISOString())}::timestamptz`);
    if (filter.to) where.push(`recorded_at < ${param(filter.to.toISOString())}::timestamptz`);
    if (filter.after)
      where.push(
        `(transaction_id, global_position) > (${param(filter.after.commit.toString())}::text::xid8, ${param(filter.after.prepare.toString())}::bigint)`,
      );
    const rows: (EventRow & { prev_hash: string })[] = await this.db.query(
      `SELECT ${EVENT_COLUMNS}, prev_hash FROM events WHERE ${where.join(' AND ')}
       ORDER BY transaction_id, global_position LIMIT ${param(limit + 1)}`,
      params,
    );
    // One row more than asked says whether another page follows.
    const events = rows.slice(0, limit).map((row) => ({ ...toRecordedEvent(row), prevHash: row.prev_hash }));
    return { events, next: rows.length > limit ? events[events.length - 1].position : null };
  }
}
