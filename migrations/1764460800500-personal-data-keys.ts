import type { MigrationInterface, QueryRunner } from 'typeorm';
import { CREATE_KEEP_HISTORY_FUNCTION_V2 } from './support/keep-history-v2.js';

/**
 * One data key per person (ADR 0080), wrapped by the master key named in `master_key_id`. Erasure
 * clears `wrapped_key` and stamps `erased_at`: the row stays as the tombstone that stops a new key
 * being made for the person. The history trigger learns to let an erasure scrub rows in place.
 */
export class PersonalDataKeys1764460800500 implements MigrationInterface {
  name = 'PersonalDataKeys1764460800500';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE personal_data_keys (
        subject text PRIMARY KEY,
        wrapped_key text,
        master_key_id text,
        created_at timestamptz NOT NULL DEFAULT now(),
        erased_at timestamptz,
        CHECK ((wrapped_key IS NULL) = (erased_at IS NOT NULL)),
        CHECK ((wrapped_key IS NULL) = (master_key_id IS NULL))
      )`);
    await q.query(`CREATE INDEX personal_data_keys_master ON personal_data_keys (master_key_id)`);
    await q.query(CREATE_KEEP_HISTORY_FUNCTION_V2);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE personal_data_keys`);
  }
}
