import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DomainError } from '../shared/domain-error.js';
import type { Clock } from '../shared/clock.js';
import { AUTH_CLOCK } from './auth-clock.js';
import type { AuthenticatedUser } from './authenticated-user.js';
import { PasswordHasher } from './password-hasher.js';
import { assertAcceptablePassword } from './password-policy.js';
import type { Role } from './roles.js';
import { USER_DIRECTORY, type UserAccount, type UserDirectory } from './user-directory.js';

/** Account administration: create, list, disable. Callers are checked for the admin role by the controller. */
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
    id: string = randomUUID(),
  ): Promise<UserAccount> {
    assertAcceptablePassword(input.password, input.username);
    const username = input.username.trim().toLowerCase();
    const roles = [...new Set(input.roles)];
    const user = { id, username, roles, createdAt: this.clock.now() };
    const inserted = await this.users.insert({ ...user, passwordHash: await this.hasher.hash(input.password) });
    if (!inserted) {
      const earlier = await this.users.findById(id);
      if (earlier?.username === username) return earlier;
      throw new DomainError('USERS.USERNAME_TAKEN', `The username "${username}" is taken`, 'conflict');
    }
    return { ...user, disabled: false, passwordChangedAt: user.createdAt };
  }

  list(): Promise<UserAccount[]> {
    return this.users.list();
  }

  async disable(id: string, by: AuthenticatedUser): Promise<UserAccount> {
    // Roles cannot be changed, so refusing this keeps at least one admin able to sign in.
    if (id === by.id) throw new DomainError('USERS.CANNOT_DISABLE_SELF', 'You cannot disable your own account', 'rule');
    if (!(await this.users.disable(id))) throw new DomainError('USERS.NOT_FOUND', `No user has id ${id}`, 'not-found');
    const account = await this.users.findById(id);
    if (!account) throw new DomainError('USERS.NOT_FOUND', `No user has id ${id}`, 'not-found');
    return account;
  }
}
