import type { MigrationInterface, QueryRunner } from 'typeorm';

/** `staff_view`: one row per person, kept by the `staff-list` projection. */
export class StaffReadModel1764460800010 implements MigrationInterface {
  name = 'StaffReadModel1764460800010';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE staff_view (
        staff_id uuid PRIMARY KEY,
        name text NOT NULL,
        borough text NOT NULL,
        role text NOT NULL,
        fte_hundredths integer NOT NULL CHECK (fte_hundredths > 0 AND fte_hundredths <= 100),
        started_on date NOT NULL,
        left_on date,
        left_reason text,
        social_work_registered boolean NOT NULL DEFAULT false,
        registration_number text,
        registered_on date,
        systemic_level integer NOT NULL DEFAULT 0 CHECK (systemic_level BETWEEN 0 AND 4),
        current_enrolment jsonb,
        waitlists jsonb NOT NULL DEFAULT '[]',
        dual_qualified boolean NOT NULL DEFAULT false,
        dual_qualified_on date,
        qualifications jsonb NOT NULL DEFAULT '[]',
        version integer NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    // Lists sort by (name COLLATE "C", staff_id): code-point order, the same on every server
    // whatever its default collation. Each filter leads an index ending in that order.
    await q.query(`CREATE INDEX staff_view_name ON staff_view (name COLLATE "C", staff_id)`);
    await q.query(`CREATE INDEX staff_view_borough ON staff_view (borough, name COLLATE "C", staff_id)`);
    await q.query(`CREATE INDEX staff_view_role ON staff_view (role, name COLLATE "C", staff_id)`);
    await q.query(`CREATE INDEX staff_view_level ON staff_view (systemic_level, name COLLATE "C", staff_id)`);
    await q.query(`CREATE INDEX staff_view_dual ON staff_view (dual_qualified, name COLLATE "C", staff_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE staff_view`);
  }
}
