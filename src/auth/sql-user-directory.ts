import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isRole } from './roles.js';
import type { NewUser, UserAccount, UserDirectory } from './user-directory.js';

interface UserRow {
  id: string;
  username: string;
  password_hash: string;
  roles: string[];
  disabled: boolean;
  created_at: Date;
  password_changed_at: Date;
}

const toAccount = (row: UserRow): UserAccount => ({
  id: row.id,
  username: row.username,
  // A role dropped from the code must not keep granting anything.
  roles: row.roles.filter(isRole),
  disabled: row.disabled,
  createdAt: new Date(row.created_at),
  passwordChangedAt: new Date(row.password_changed_at),
});

const COLUMNS = 'id, username, password_hash, roles, disabled, created_at, password_changed_at';

/** The `users` table (migration 1764460800002) in plain SQL: a handful of queries, one of them an upsert-or-skip. */
@Injectable()
export class SqlUserDirectory implements UserDirectory {
  constructor(private readonly db: DataSource) {}

  async findById(id: string): Promise<UserAccount | null> {
    const rows: UserRow[] = await this.db.query(`SELECT ${COLUMNS} FROM users WHERE id = $1`, [id]);
    return rows[0] ? toAccount(rows[0]) : null;
  }

  async findCredentials(username: string): Promise<{ account: UserAccount; passwordHash: string } | null> {
    const rows: UserRow[] = await this.db.query(`SELECT ${COLUMNS} FROM users WHERE username = $1`, [
      username.toLowerCase(),
    ]);
    return rows[0] ? { account: toAccount(rows[0]), passwordHash: rows[0].password_hash } : null;
  }

  async list(): Promise<UserAccount[]> {
    const rows: UserRow[] = await this.db.query(`SELECT ${COLUMNS} FROM users ORDER BY username`);
    return rows.map(toAccount);
  }

  async insert(user: NewUser): Promise<boolean> {
    const rows: unknown[] = await this.db.query(
      `INSERT INTO users (${COLUMNS}) VALUES ($1, $2, $3, $4, false, $5, $5)
       ON CONFLICT (username) DO NOTHING RETURNING id`,
      params(user),
    );
    return rows.length === 1;
  }

  async insertFirst(user: NewUser): Promise<boolean> {
    // Two instances starting on an empty table both pass NOT EXISTS; the unique username makes
    // the second insert wait for the first and then do nothing.
    const rows: unknown[] = await this.db.query(
      `INSERT INTO users (${COLUMNS}) SELECT $1, $2, $3, $4, false, $5, $5 WHERE NOT EXISTS (SELECT 1 FROM users)
       ON CONFLICT (username) DO NOTHING RETURNING id`,
      params(user),
    );
    return rows.length === 1;
  }

  async isEmpty(): Promise<boolean> {
    const rows: { any: boolean }[] = await this.db.query(`SELECT EXISTS (SELECT 1 FROM users) AS any`);
    return !rows[0].any;
  }

  async disable(id: string): Promise<boolean> {
    // Wrapped in a SELECT because TypeORM reshapes the raw result of an UPDATE.
    const rows: unknown[] = await this.db.query(
      `WITH changed AS (UPDATE users SET disabled = true WHERE id = $1 RETURNING id) SELECT id FROM changed`,
      [id],
    );
    return rows.length === 1;
  }
}

const params = (user: NewUser): unknown[] => [
  user.id,
  user.username.toLowerCase(),
  user.passwordHash,
  user.roles,
  user.createdAt,
];
