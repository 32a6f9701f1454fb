import type { Role } from './roles.js';

/** A user account as the rest of the auth code sees it; the password hash never leaves the store except for login. */
export interface UserAccount {
  id: string;
  username: string;
  roles: Role[];
  disabled: boolean;
  createdAt: Date;
  passwordChangedAt: Date;
  /** Tokens issued (iat) before this instant are refused: moved by a password reset and by a disable. */
  tokensValidFrom: Date;
}

export interface NewUser {
  id: string;
  username: string;
  passwordHash: string;
  roles: Role[];
  createdAt: Date;
}

/** Who changed an account: an admin over HTTP (their id), an operator at the CLI or the system (no id). */
export interface Actor {
  id: string | null;
  name: string;
}

export const USER_CHANGE_KINDS = ['created', 'disabled', 'enabled', 'password-reset'] as const;
export type UserChangeKind = (typeof USER_CHANGE_KINDS)[number];

/** One row of the account trail (`user_changes`). */
export interface UserChange {
  id: number;
  userId: string;
  username: string;
  change: UserChangeKind;
  actorId: string | null;
  actor: string;
  at: Date;
}

/**
 * What the auth code needs from storage. The guards and services depend on this, not on TypeORM,
 * so their decisions are unit-tested against an in-memory fake. Every change to an account writes
 * its `UserChange` row in the same statement as the change itself.
 */
export interface UserDirectory {
  findById(id: string): Promise<UserAccount | null>;
  /** `username` is matched case-insensitively (usernames are stored lower-cased). */
  findCredentials(username: string): Promise<{ account: UserAccount; passwordHash: string } | null>;
  list(): Promise<UserAccount[]>;
  /** False when the username is taken. */
  insert(user: NewUser, by: Actor): Promise<boolean>;
  /** Inserts only while no user exists at all; false when another user (or a racing instance) got there first. */
  insertFirst(user: NewUser, by: Actor): Promise<boolean>;
  isEmpty(): Promise<boolean>;
  /**
   * Sets the flag; only an actual change is recorded (disabling a disabled account records nothing).
   * Disabling also moves `tokensValidFrom` to the end of `at`'s second (`tokenCutOffAfter`), so
   * that no token issued up to the disable survives a later enable. Null when no such user exists.
   */
  setDisabled(id: string, disabled: boolean, by: Actor, at: Date): Promise<UserAccount | null>;
  /** Replaces the password hash and moves `passwordChangedAt` and `tokensValidFrom` to `at`. Null when no such user. */
  setPassword(id: string, passwordHash: string, by: Actor, at: Date): Promise<UserAccount | null>;
  /** The newest changes first, of one account or of all. */
  changes(filter: { userId?: string; limit: number }): Promise<UserChange[]>;
}

export const USER_DIRECTORY = Symbol('USER_DIRECTORY');

/** Token `iat` has whole seconds: the first whole second after `at`, before which every token is refused. */
export const tokenCutOffAfter = (at: Date): Date => new Date(Math.floor(at.getTime() / 1000) * 1000 + 1000);
