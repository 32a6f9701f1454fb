import { HttpException, HttpStatus } from '@nestjs/common';

export interface LoginLimits {
  loginLimitPerAddress: number;
  loginLimitPerUser: number;
  loginWindowSeconds: number;
}

interface Window {
  failures: number;
  startedAt: number;
}

/** Entries kept before expired windows are swept; past twice this, the oldest are dropped. */
const SWEEP_AT = 10_000;

/** 429 `AUTH.TOO_MANY_ATTEMPTS`; the exception filter turns `retryAfterSeconds` into `Retry-After`. */
export class TooManyAttempts extends HttpException {
  constructor(readonly retryAfterSeconds: number) {
    super(
      {
        code: 'AUTH.TOO_MANY_ATTEMPTS',
        message: `Too many failed sign-in attempts; try again in ${retryAfterSeconds} s`,
      },
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }
}

/**
 * Failed sign-ins counted per client address and per username, in fixed windows, in this
 * instance's memory. The address limit is the lower one and is checked first: one address
 * guessing at one account is stopped by its own limit before it uses up the account's, so the
 * owner can still sign in from elsewhere; many addresses guessing at one account meet the
 * account's limit. Unknown usernames are counted like known ones, so a refusal never says which
 * exist. Once over a limit, every attempt is refused until the window ends, right password or not.
 */
export class LoginAttempts {
  private readonly windows = new Map<string, Window>();

  constructor(
    private readonly limits: LoginLimits,
    private readonly now: () => number = Date.now,
  ) {}

  /** Throws `TooManyAttempts` when the address or the username has used up its failures. */
  check(address: string, username: string): void {
    this.refuseOver(`address:${address}`, this.limits.loginLimitPerAddress);
    this.refuseOver(`user:${username}`, this.limits.loginLimitPerUser);
  }

  recordFailure(address: string, username: string): void {
    for (const key of [`address:${address}`, `user:${username}`]) {
      const window = this.current(key) ?? { failures: 0, startedAt: this.now() };
      window.failures++;
      this.windows.set(key, window);
    }
    if (this.windows.size > SWEEP_AT) this.sweep();
  }

  private refuseOver(key: string, limit: number): void {
    const window = this.current(key);
    if (window && window.failures >= limit) {
      const endsIn = window.startedAt + this.limits.loginWindowSeconds * 1000 - this.now();
      throw new TooManyAttempts(Math.max(1, Math.ceil(endsIn / 1000)));
    }
  }

  private current(key: string): Window | undefined {
    const window = this.windows.get(key);
    if (window && this.now() - window.startedAt >= this.limits.loginWindowSeconds * 1000) {
      this.windows.delete(key);
      return undefined;
    }
    return window;
  }

  private sweep(): void {
    for (const key of [...this.windows.keys()]) this.current(key);
    // A flood of distinct addresses or usernames within one window: forget the oldest.
    const excess = this.windows.size - SWEEP_AT * 2;
    if (excess > 0) [...this.windows.keys()].slice(0, excess).forEach((key) => this.windows.delete(key));
  }
}
