import {
  tokenCutOffAfter,
  type Actor,
  type NewUser,
  type UserAccount,
  type UserChange,
  type UserChangeKind,
  type UserDirectory,
} from './user-directory.js';

/** A `UserDirectory` in memory, for tests that need accounts but no database. */
export class InMemoryUserDirectory implements UserDirectory {
  private readonly rows = new Map<string, { account: UserAccount; passwordHash: string }>();
  private readonly trail: UserChange[] = [];

  async findById(id: string): Promise<UserAccount | null> {
    const row = this.rows.get(id);
    return row ? { ...row.account } : null;
  }

  async findCredentials(username: string): Promise<{ account: UserAccount; passwordHash: string } | null> {
    const row = [...this.rows.values()].find((r) => r.account.username === username.toLowerCase());
    return row ? { account: { ...row.account }, passwordHash: row.passwordHash } : null;
  }

  async list(): Promise<UserAccount[]> {
    return [...this.rows.values()].map((r) => ({ ...r.account })).sort((a, b) => a.username.localeCompare(b.username));
  }

  async insert(user: NewUser, by: Actor): Promise<boolean> {
    const username = user.username.toLowerCase();
    if ([...this.rows.values()].some((r) => r.account.username === username)) return false;
    const account: UserAccount = {
      id: user.id,
      username,
      roles: [...user.roles],
      disabled: false,
      createdAt: user.createdAt,
      passwordChangedAt: user.createdAt,
      tokensValidFrom: user.createdAt,
    };
    this.rows.set(user.id, { account, passwordHash: user.passwordHash });
    this.log(account, 'created', by, user.createdAt);
    return true;
  }

  async insertFirst(user: NewUser, by: Actor): Promise<boolean> {
    return this.rows.size === 0 && this.insert(user, by);
  }

  async isEmpty(): Promise<boolean> {
    return this.rows.size === 0;
  }

  async setDisabled(id: string, disabled: boolean, by: Actor, at: Date): Promise<UserAccount | null> {
    const row = this.rows.get(id);
    if (!row) return null;
    if (row.account.disabled !== disabled) {
      row.account.disabled = disabled;
      if (disabled) row.account.tokensValidFrom = tokenCutOffAfter(at);
      this.log(row.account, disabled ? 'disabled' : 'enabled', by, at);
    }
    return { ...row.account };
  }

  async setPassword(id: string, passwordHash: string, by: Actor, at: Date): Promise<UserAccount | null> {
    const row = this.rows.get(id);
    if (!row) return null;
    row.passwordHash = passwordHash;
    row.account.passwordChangedAt = at;
    row.account.tokensValidFrom = at;
    this.log(row.account, 'password-reset', by, at);
    return { ...row.account };
  }

  async changes(filter: { userId?: string; limit: number }): Promise<UserChange[]> {
    return this.trail
      .filter((c) => filter.userId === undefined || c.userId === filter.userId)
      .reverse()
      .slice(0, filter.limit);
  }

  private log(account: UserAccount, change: UserChangeKind, by: Actor, at: Date): void {
    const { id: userId, username } = account;
    this.trail.push({ id: this.trail.length + 1, userId, username, change, actorId: by.id, actor: by.name, at });
  }
}
