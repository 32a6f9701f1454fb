import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DomainError } from '../shared/domain-error.js';
import type { Clock } from '../shared/clock.js';
import { AUTH_CLOCK } from './auth-clock.js';
import { PasswordHasher } from './password-hasher.js';
import { assertAcceptablePassword } from './password-policy.js';
import type { Role } from './roles.js';
import { USER_DIRECTORY, type Actor, type UserAccount, type UserChange, type UserDirectory } from './user-directory.js';

const notFound = (what: string): DomainError => new DomainError('USERS.NOT_FOUND', `No user ${what}`, 'not-found');

const USERNAME = /^[a-z0-9._-]{3,64}$/;

const existing = async (id: string, account: Promise<UserAccount | null>): Promise<UserAccount> => {
  const found = await account;
  if (!found) throw notFound(`has id ${id}`);
  return found;
};

/**
 * Account administration: create, list, disable, enable, reset a password, and the trail of those
 * changes. The HTTP controller lets only admins in; the CLI is for operators on the server itself.
 */
@Injectable()
export class UsersService {
  constructor(
    @Inject(USER_DIRECTORY) private readonly users: UserDirectory,
    private readonly hasher: PasswordHasher,
    @Inject(AUTH_CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * `id` is derived from the request's Idempotency-Key when it has one: a retry of a creation that
   * committed before its answer was stored finds its own user under that id and gets it back.
   */
  async create(
    input: { username: string; password: string; roles: Role[] },
    by: Actor,
    id: string = randomUUID(),
  ): Promise<UserAccount> {
    const username = input.username.trim().toLowerCase();
    // The HTTP request DTO checks this too; the CLI reaches this service directly.
    if (!USERNAME.test(username))
      throw new DomainError(
        'USERS.INVALID_USERNAME',
        'A username is 3-64 characters of a-z, 0-9, ".", "_" and "-"',
        'invalid',
      );
    assertAcceptablePassword(input.password, username);
    const roles = [...new Set(input.roles)];
    const now = this.clock.now();
    const user = { id, username, roles, createdAt: now };
    const inserted = await this.users.insert({ ...user, passwordHash: await this.hasher.hash(input.password) }, by);
    if (!inserted) {
      const earlier = await this.users.findById(id);
      if (earlier?.username === username) return earlier;
      throw new DomainError('USERS.USERNAME_TAKEN', `The username "${username}" is taken`, 'conflict');
    }
    return { ...user, disabled: false, passwordChangedAt: now, tokensValidFrom: now };
  }

  list(): Promise<UserAccount[]> {
    return this.users.list();
  }

  byId(id: string): Promise<UserAccount> {
    return existing(id, this.users.findById(id));
  }

  async byUsername(username: string): Promise<UserAccount> {
    const found = await this.users.findCredentials(username.trim().toLowerCase());
    if (!found) throw notFound(`is called "${username}"`);
    return found.account;
  }

  /** Refuses the caller's own account, so an admin cannot lock out the last admin by accident. */
  async disable(id: string, by: Actor): Promise<UserAccount> {
    if (id === by.id) throw new DomainError('USERS.CANNOT_DISABLE_SELF', 'You cannot disable your own account', 'rule');
    return existing(id, this.users.setDisabled(id, true, by, this.clock.now()));
  }

  enable(id: string, by: Actor): Promise<UserAccount> {
    return existing(id, this.users.setDisabled(id, false, by, this.clock.now()));
  }

  /** Sets a new password (same policy as at creation); every token issued before now stops working. */
  async resetPassword(id: string, password: string, by: Actor): Promise<UserAccount> {
    const account = await this.byId(id);
    assertAcceptablePassword(password, account.username);
    const hash = await this.hasher.hash(password);
    return existing(id, this.users.setPassword(id, hash, by, this.clock.now()));
  }

  changes(filter: { userId?: string; limit: number }): Promise<UserChange[]> {
    return this.users.changes(filter);
  }
}
