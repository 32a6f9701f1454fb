import type { NewUser, UserAccount, UserDirectory } from './user-directory.js';

/** A `UserDirectory` in memory, for tests that need accounts but no database. */
export class InMemoryUserDirectory implements UserDirectory {
  private readonly rows = new Map<string, { account: UserAccount; passwordHash: string }>();

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

  async insert(user: NewUser): Promise<boolean> {
    const username = user.username.toLowerCase();
    if ([...this.rows.values()].some((r) => r.account.username === username)) return false;
    const account: UserAccount = {
      id: user.id,
      username,
      roles: [...user.roles],
      disabled: false,
      createdAt: user.createdAt,
      passwordChangedAt: user.createdAt,
    };
    this.rows.set(user.id, { account, passwordHash: user.passwordHash });
    return true;
  }

  async insertFirst(user: NewUser): Promise<boolean> {
    return this.rows.size === 0 && this.insert(user);
  }

  async isEmpty(): Promise<boolean> {
    return this.rows.size === 0;
  }

  async disable(id: string): Promise<boolean> {
    const row = this.rows.get(id);
    if (!row) return false;
    row.account.disabled = true;
    return true;
  }

  /** Test hook: what a password change would do to the row. */
  setPasswordChangedAt(id: string, at: Date): void {
    const row = this.rows.get(id);
    if (row) row.account.passwordChangedAt = at;
  }
}
