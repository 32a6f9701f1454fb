import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Accounts. Usernames are stored lower-cased, which makes the unique constraint case-insensitive. */
export class Users1764460800002 implements MigrationInterface {
  name = 'Users1764460800002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY,
        username text NOT NULL,
        password_hash text NOT NULL,
        roles text[] NOT NULL,
        disabled boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        password_changed_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT users_username_key UNIQUE (username),
        CONSTRAINT users_username_lower CHECK (username = lower(username)),
        CONSTRAINT users_roles_not_empty CHECK (cardinality(roles) > 0)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE users`);
  }
}
