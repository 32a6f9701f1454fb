import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Read models of posts and the tapering dashboard. `post_view` belongs to the `posts` projection;
 * `tapering_*` to the `tapering` projection. The tapering tables are effective-dated: a row holds
 * from `valid_from` (inclusive) to `valid_to` (exclusive; NULL = still holds), so any date's
 * figures are the rows `valid_from <= d AND (valid_to IS NULL OR valid_to > d)`: a predicate, not
 * a replay.
 */
export class PostsReadModel1764460800050 implements MigrationInterface {
  name = 'PostsReadModel1764460800050';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE post_view (
        post_id text PRIMARY KEY,
        title text NOT NULL,
        kind text NOT NULL,
        borough text NOT NULL,
        wte_hundredths integer NOT NULL,
        funded_by text NOT NULL,
        annual_cost_pence bigint NOT NULL,
        established_on date NOT NULL,
        status text NOT NULL CHECK (status IN ('established', 'disestablished', 'integrated')),
        ended_on date,
        integrated_into text,
        holder_staff_id text,
        holder_from date,
        integrated_wte_hundredths integer NOT NULL DEFAULT 0,
        -- Every holder with their dates, and every clinician post integrated here, oldest first.
        holders jsonb NOT NULL DEFAULT '[]',
        integrated_work jsonb NOT NULL DEFAULT '[]',
        version integer NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX post_view_listing ON post_view (borough, kind, title, post_id)`);
    await q.query(`CREATE INDEX post_view_holder ON post_view (holder_staff_id) WHERE holder_staff_id IS NOT NULL`);

    // One row per stretch of a post's life with the same holder and integrated work.
    await q.query(`
      CREATE TABLE tapering_post_period (
        post_id text NOT NULL,
        valid_from date NOT NULL,
        valid_to date,
        kind text NOT NULL,
        borough text NOT NULL,
        wte_hundredths integer NOT NULL,
        funded_by text NOT NULL,
        annual_cost_pence bigint NOT NULL,
        holder_staff_id text,
        integrated_wte_hundredths integer NOT NULL DEFAULT 0,
        PRIMARY KEY (post_id, valid_from)
      )`);
    await q.query(`CREATE INDEX tapering_post_period_kind ON tapering_post_period (kind, valid_from)`);

    // One row per stretch of a person's employment with the same borough, FTE, registration and dual qualification.
    await q.query(`
      CREATE TABLE tapering_person_period (
        staff_id text NOT NULL,
        valid_from date NOT NULL,
        valid_to date,
        borough text NOT NULL,
        fte_hundredths integer NOT NULL,
        registered boolean NOT NULL,
        dual boolean NOT NULL,
        PRIMARY KEY (staff_id, valid_from)
      )`);
    await q.query(`CREATE INDEX tapering_person_period_dual ON tapering_person_period (valid_from) WHERE dual`);

    await q.query(`
      CREATE TABLE tapering_cohort (
        cohort_id text PRIMARY KEY,
        level smallint NOT NULL,
        starts_on date NOT NULL,
        ends_on date NOT NULL
      )`);
    // Level 3 and 4 (MSc) enrolments that held a place; waiting lists are not training.
    await q.query(`
      CREATE TABLE tapering_enrolment (
        staff_id text NOT NULL,
        cohort_id text NOT NULL,
        started_on date NOT NULL,
        level smallint NOT NULL,
        cohort_starts_on date NOT NULL,
        cohort_ends_on date NOT NULL,
        ended_on date,
        outcome text,
        PRIMARY KEY (staff_id, cohort_id, started_on)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE tapering_enrolment`);
    await q.query(`DROP TABLE tapering_cohort`);
    await q.query(`DROP TABLE tapering_person_period`);
    await q.query(`DROP TABLE tapering_post_period`);
    await q.query(`DROP TABLE post_view`);
  }
}
