import type { Role } from './roles.js';

/** A user account as the rest of the auth code sees it; the password hash never leaves the store except for login. */
export interface UserAccount {
  id: string;
  username: string;
  roles: Role[];
  disabled: boolean;
  createdAt: Date;
  passwordChangedAt: Date;
}

export interface NewUser {
  id: string;
  username: string;
  passwordHash: string;
  roles: Role[];
  createdAt: Date;
}

/**
 * What the auth code needs from storage. The guards and services depend on this, not on TypeORM,
 * so their decisions are unit-tested against an in-memory fake.
 */
export interface UserDirectory {
  findById(id: string): Promise<UserAccount | null>;
  /** `username` is matched case-insensitively (usernames are stored lower-cased). */
  findCredentials(username: string): Promise<{ account: UserAccount; passwordHash: string } | null>;
  list(): Promise<UserAccount[]>;
  /** False when the username is taken. */
  insert(user: NewUser): Promise<boolean>;
  /** Inserts only while no user exists at all; false when another user (or a racing instance) got there first. */
  insertFirst(user: NewUser): Promise<boolean>;
  isEmpty(): Promise<boolean>;
  /** False when no such user exists. */
  disable(id: string): Promise<boolean>;
}

export const USER_DIRECTORY = Symbol('USER_DIRECTORY');
