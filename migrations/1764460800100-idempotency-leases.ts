import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A pending Idempotency-Key is leased to the instance running its command: `owner` and
 * `lease_until` say who and until when (renewed while it runs); `attempts` counts the attempts, so
 * a takeover knows an earlier one may have committed; `started_at` is the first attempt's instant,
 * which every retry decides with. Rows from before have no lease: they can be taken over at once.
 */
export class IdempotencyLeases1764460800100 implements MigrationInterface {
  name = 'IdempotencyLeases1764460800100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE idempotency_keys
        ADD COLUMN owner text,
        ADD COLUMN lease_until timestamptz,
        ADD COLUMN attempts integer NOT NULL DEFAULT 1,
        ADD COLUMN started_at timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE idempotency_keys
        DROP COLUMN owner, DROP COLUMN lease_until, DROP COLUMN attempts, DROP COLUMN started_at`);
  }
}
