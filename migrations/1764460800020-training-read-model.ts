import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Read models of the training context. `cohort_*` belong to the `cohorts` projection, `pipeline_*`
 * to the `pipeline` projection; each is filled from events only, never from another context's tables.
 */
export class TrainingReadModel1764460800020 implements MigrationInterface {
  name = 'TrainingReadModel1764460800020';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE cohort_view (
        cohort_id text PRIMARY KEY,
        level smallint NOT NULL,
        name text NOT NULL,
        provider text NOT NULL,
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        capacity integer NOT NULL,
        enrolled_count integer NOT NULL DEFAULT 0,
        waitlist_count integer NOT NULL DEFAULT 0,
        completed_count integer NOT NULL DEFAULT 0,
        failed_count integer NOT NULL DEFAULT 0,
        -- Arrivals so far: numbers each arrival so the waiting list keeps first-come-first-served order.
        arrivals integer NOT NULL DEFAULT 0
      )`);
    await q.query(`CREATE INDEX cohort_view_listing ON cohort_view (starts_on, cohort_id)`);
    await q.query(`CREATE INDEX cohort_view_level ON cohort_view (level, starts_on, cohort_id)`);
    await q.query(`
      CREATE TABLE cohort_member_view (
        cohort_id text NOT NULL,
        staff_id text NOT NULL,
        status text NOT NULL CHECK (status IN ('enrolled', 'waitlisted', 'completed', 'failed', 'withdrawn', 'deferred', 'removed')),
        waitlist_seq integer NOT NULL,
        waitlisted_on date,
        enrolled_on date,
        outcome_on date,
        removed_reason text,
        PRIMARY KEY (cohort_id, staff_id)
      )`);
    await q.query(`CREATE INDEX cohort_member_view_order ON cohort_member_view (cohort_id, waitlist_seq)`);
    // Names for rosters, kept from StaffHired so the roster needs no other context's table.
    await q.query(`CREATE TABLE cohort_person_view (staff_id text PRIMARY KEY, name text NOT NULL)`);
    await q.query(`
      CREATE TABLE pipeline_person_view (
        staff_id text PRIMARY KEY,
        borough text NOT NULL,
        fte_hundredths integer NOT NULL,
        left_on date,
        systemic_level smallint NOT NULL DEFAULT 0,
        dual_qualified boolean NOT NULL DEFAULT false,
        dual_qualified_on date,
        training_level smallint,
        training_cohort_id text
      )`);
    await q.query(`
      CREATE TABLE pipeline_completion_view (
        staff_id text NOT NULL,
        level smallint NOT NULL,
        completed_on date NOT NULL,
        cohort_id text NOT NULL,
        PRIMARY KEY (staff_id, level)
      )`);
    await q.query(`CREATE INDEX pipeline_completion_view_on ON pipeline_completion_view (completed_on)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE pipeline_completion_view`);
    await q.query(`DROP TABLE pipeline_person_view`);
    await q.query(`DROP TABLE cohort_person_view`);
    await q.query(`DROP TABLE cohort_member_view`);
    await q.query(`DROP TABLE cohort_view`);
  }
}
