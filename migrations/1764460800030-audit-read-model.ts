import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The audit context's first read models: activity per stream and per day, fed by `stream-activity`. */
export class AuditReadModel1764460800030 implements MigrationInterface {
  name = 'AuditReadModel1764460800030';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE stream_activity (
        stream_id text PRIMARY KEY,
        category text NOT NULL,
        event_count bigint NOT NULL,
        first_type text NOT NULL,
        last_type text NOT NULL,
        first_recorded_at timestamptz NOT NULL,
        last_recorded_at timestamptz NOT NULL,
        last_actor text NOT NULL,
        last_version bigint NOT NULL
      )`);
    // The listing's two orders: everything, and one category, newest first with a stable tie-break.
    await q.query(`CREATE INDEX stream_activity_recent ON stream_activity (last_recorded_at DESC, stream_id)`);
    await q.query(
      `CREATE INDEX stream_activity_category_recent ON stream_activity (category, last_recorded_at DESC, stream_id)`,
    );
    await q.query(`
      CREATE TABLE daily_activity (
        day date NOT NULL,
        event_type text NOT NULL,
        actor text NOT NULL,
        event_count bigint NOT NULL,
        PRIMARY KEY (day, event_type, actor)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE daily_activity`);
    await q.query(`DROP TABLE stream_activity`);
  }
}
