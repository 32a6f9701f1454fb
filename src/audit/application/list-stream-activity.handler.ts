import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { ListStreamActivity, type StreamActivityPage, type StreamActivityView } from './list-stream-activity.query.js';

interface Row {
  stream_id: string;
  category: string;
  event_count: number;
  first_type: string;
  last_type: string;
  first_recorded_at: Date;
  last_recorded_at: Date;
  last_actor: string;
  total: number;
}

const toView = (row: Row): StreamActivityView => ({
  streamId: row.stream_id,
  category: row.category,
  eventCount: Number(row.event_count),
  firstType: row.first_type,
  lastType: row.last_type,
  firstRecordedAt: new Date(row.first_recorded_at).toISOString(),
  lastRecordedAt: new Date(row.last_recorded_at).toISOString(),
  lastActor: row.last_actor,
});

@QueryHandler(ListStreamActivity)
export class ListStreamActivityHandler implements IQueryHandler<ListStreamActivity> {
  constructor(private readonly db: DataSource) {}

  async execute({ page, pageSize, category }: ListStreamActivity): Promise<StreamActivityPage> {
    const where = category === undefined ? '' : 'WHERE category = $3';
    const params: unknown[] = [pageSize, (page - 1) * pageSize];
    if (category !== undefined) params.push(category);
    // The total comes with the page in one statement, so both describe the same snapshot; the
    // outer join keeps the total when the page is past the end.
    const rows: (Row | (Partial<Row> & { total: number }))[] = await this.db.query(
      `WITH matching AS (SELECT * FROM stream_activity ${where})
       SELECT (SELECT count(*) FROM matching)::int AS total, page.*
       FROM (SELECT 1) AS one
       LEFT JOIN LATERAL (
         SELECT * FROM matching ORDER BY last_recorded_at DESC, stream_id LIMIT $1 OFFSET $2
       ) AS page ON true
       ORDER BY page.last_recorded_at DESC, page.stream_id`,
      params,
    );
    const total = Number(rows[0]?.total ?? 0);
    const items = rows.filter((r): r is Row => r.stream_id != null).map(toView);
    return { items, page, pageSize, total };
  }
}
