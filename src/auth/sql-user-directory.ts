import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isRole } from './roles.js';
import {
  tokenCutOffAfter,
  type Actor,
  type NewUser,
  type UserAccount,
  type UserChange,
  type UserChangeKind,
  type UserDirectory,
} from './user-directory.js';

interface UserRow {
  id: string;
  username: string;
  password_hash: string;
  roles: string[];
  disabled: boolean;
  created_at: Date;
  password_changed_at: Date;
  tokens_valid_from: Date;
}

interface ChangeRow {
  id: string;
  user_id: string;
  username: string;
  change: UserChangeKind;
  actor_id: string | null;
  actor: string;
  at: Date;
}

const toAccount = (row: UserRow): UserAccount => ({
  id: row.id,
  username: row.username,
  // A role dropped from the code must not keep granting anything.
  roles: row.roles.filter(isRole),
  disabled: row.disabled,
  createdAt: new Date(row.created_at),
  passwordChangedAt: new Date(row.password_changed_at),
  tokensValidFrom: new Date(row.tokens_valid_from),
});

const USER_COLUMNS = 'id, username, password_hash, roles, disabled, created_at, password_changed_at, tokens_valid_from';
const CHANGE_COLUMNS = 'id, user_id, username, change, actor_id, actor, at';
/** Appends the `created` row for the accounts a statement's `inserted` CTE returns. Parameters: $5 at, $6 actor id, $7 actor. */
const LOG_CREATED_SQL = `logged AS (INSERT INTO user_changes (user_id, username, change, actor_id, actor, at)
  SELECT id, username, 'created', $6::uuid, $7, $5 FROM inserted)`;

/**
 * The `users` and `user_changes` tables (migrations 1764460800002 and 1764460800150) in plain SQL.
 * Each change and its trail row are one statement (data-modifying CTEs), so neither exists without the other.
 */
@Injectable()
export class SqlUserDirectory implements UserDirectory {
  constructor(private readonly db: DataSource) {}

  async findById(id: string): Promise<UserAccount | null> {
    // The primary-key lookup JwtAuthGuard makes on every request: one index probe.
    const rows: UserRow[] = await this.db.query(`SELECT ${USER_COLUMNS} FROM users WHERE id = $1`, [id]);
    return rows[0] ? toAccount(rows[0]) : null;
  }

  async findCredentials(username: string): Promise<{ account: UserAccount; passwordHash: string } | null> {
    const rows: UserRow[] = await this.db.query(`SELECT ${USER_COLUMNS} FROM users WHERE username = $1`, [
      username.toLowerCase(),
    ]);
    return rows[0] ? { account: toAccount(rows[0]), passwordHash: rows[0].password_hash } : null;
  }

  async list(): Promise<UserAccount[]> {
    const rows: UserRow[] = await this.db.query(`SELECT ${USER_COLUMNS} FROM users ORDER BY username`);
    return rows.map(toAccount);
  }

  async insert(user: NewUser, by: Actor): Promise<boolean> {
    const rows: unknown[] = await this.db.query(
      `WITH inserted AS (INSERT INTO users (${USER_COLUMNS}) VALUES ($1, $2, $3, $4, false, $5, $5, $5)
         ON CONFLICT (username) DO NOTHING RETURNING id, username),
       ${LOG_CREATED_SQL}
       SELECT id FROM inserted`,
      [...params(user), by.id, by.name],
    );
    return rows.length === 1;
  }

  async insertFirst(user: NewUser, by: Actor): Promise<boolean> {
    // Two instances starting on an empty table both pass NOT EXISTS; the unique username makes
    // the second insert wait for the first and then do nothing.
    const rows: unknown[] = await this.db.query(
      `WITH inserted AS (INSERT INTO users (${USER_COLUMNS})
         SELECT $1, $2, $3, $4, false, $5, $5, $5 WHERE NOT EXISTS (SELECT 1 FROM users)
         ON CONFLICT (username) DO NOTHING RETURNING id, username),
       ${LOG_CREATED_SQL}
       SELECT id FROM inserted`,
      [...params(user), by.id, by.name],
    );
    return rows.length === 1;
  }

  async isEmpty(): Promise<boolean> {
    const rows: { any: boolean }[] = await this.db.query(`SELECT EXISTS (SELECT 1 FROM users) AS any`);
    return !rows[0].any;
  }

  async setDisabled(id: string, disabled: boolean, by: Actor, at: Date): Promise<UserAccount | null> {
    // The update matches only when the flag changes, so a repeated disable leaves no second row.
    // Wrapped in a SELECT because TypeORM reshapes the raw result of an UPDATE.
    await this.db.query(
      `WITH changed AS (
         UPDATE users SET disabled = $2::boolean,
           tokens_valid_from = CASE WHEN $2::boolean THEN $7::timestamptz ELSE tokens_valid_from END
         WHERE id = $1 AND disabled <> $2::boolean RETURNING id, username),
       logged AS (INSERT INTO user_changes (user_id, username, change, actor_id, actor, at)
         SELECT id, username, $4, $5::uuid, $6, $3 FROM changed)
       SELECT id FROM changed`,
      [id, disabled, at, disabled ? 'disabled' : 'enabled', by.id, by.name, tokenCutOffAfter(at)],
    );
    return this.findById(id);
  }

  async setPassword(id: string, passwordHash: string, by: Actor, at: Date): Promise<UserAccount | null> {
    await this.db.query(
      `WITH changed AS (
         UPDATE users SET password_hash = $2, password_changed_at = $3, tokens_valid_from = $3
         WHERE id = $1 RETURNING id, username),
       logged AS (INSERT INTO user_changes (user_id, username, change, actor_id, actor, at)
         SELECT id, username, 'password-reset', $4::uuid, $5, $3 FROM changed)
       SELECT id FROM changed`,
      [id, passwordHash, at, by.id, by.name],
    );
    return this.findById(id);
  }

  async changes(filter: { userId?: string; limit: number }): Promise<UserChange[]> {
    const rows: ChangeRow[] = await this.db.query(
      `SELECT ${CHANGE_COLUMNS} FROM user_changes WHERE ($1::uuid IS NULL OR user_id = $1::uuid)
       ORDER BY id DESC LIMIT $2`,
      [filter.userId ?? null, filter.limit],
    );
    return rows.map((r) => ({
      id: Number(r.id),
      userId: r.user_id,
      username: r.username,
      change: r.change,
      actorId: r.actor_id,
      actor: r.actor,
      at: new Date(r.at),
    }));
  }
}

const params = (user: NewUser): unknown[] => [
  user.id,
  user.username.toLowerCase(),
  user.passwordHash,
  user.roles,
  user.createdAt,
];
