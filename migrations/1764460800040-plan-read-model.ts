import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Read model of the plan context, owned by the `plan` projection: one row per revision, each with
 * the whole document, so any revision reads on its own. `effective` marks the revision in force;
 * `superseded_at` is when the next one was recorded, so "the plan as at an instant" is a predicate.
 */
export class PlanReadModel1764460800040 implements MigrationInterface {
  name = 'PlanReadModel1764460800040';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE plan_view (
        revision integer PRIMARY KEY,
        document jsonb NOT NULL,
        reason text,
        actor text NOT NULL,
        recorded_at timestamptz NOT NULL,
        effective boolean NOT NULL,
        superseded_at timestamptz
      )`);
    await q.query(`CREATE UNIQUE INDEX plan_view_one_effective ON plan_view (effective) WHERE effective`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE plan_view`);
  }
}
