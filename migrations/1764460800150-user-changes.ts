import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Account administration leaves a trail: `user_changes` records who created, disabled, enabled or
 * reset the password of which account, and when (users are not event-sourced; see ADR 0020).
 * `tokens_valid_from` is the instant before which no token of the account is honoured: a password
 * reset or a disable moves it, so re-enabling an account does not revive the tokens it had.
 */
export class UserChanges1764460800150 implements MigrationInterface {
  name = 'UserChanges1764460800150';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users ADD COLUMN tokens_valid_from timestamptz`);
    await q.query(`UPDATE users SET tokens_valid_from = password_changed_at`);
    await q.query(
      `ALTER TABLE users ALTER COLUMN tokens_valid_from SET NOT NULL, ALTER COLUMN tokens_valid_from SET DEFAULT now()`,
    );
    await q.query(`
      CREATE TABLE user_changes (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES users (id),
        username text NOT NULL,
        change text NOT NULL CONSTRAINT user_changes_change CHECK (change IN ('created', 'disabled', 'enabled', 'password-reset')),
        actor_id uuid,
        actor text NOT NULL,
        at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX user_changes_by_user ON user_changes (user_id, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE user_changes`);
    await q.query(`ALTER TABLE users DROP COLUMN tokens_valid_from`);
  }
}
