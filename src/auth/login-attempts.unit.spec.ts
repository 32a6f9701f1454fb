import { LoginAttempts, TooManyAttempts } from './login-attempts.js';

const limits = { loginLimitPerAddress: 3, loginLimitPerUser: 5, loginWindowSeconds: 60 };

const refusal = (run: () => void): TooManyAttempts | undefined => {
  try {
    run();
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(TooManyAttempts);
    return error as TooManyAttempts;
  }
};

describe('LoginAttempts', () => {
  let clock: number;
  let attempts: LoginAttempts;
  beforeEach(() => {
    clock = 1_000_000;
    attempts = new LoginAttempts(limits, () => clock);
  });

  it('refuses an address after its failures reach the limit, until the window ends', () => {
    for (let i = 0; i < 3; i++) {
      expect(refusal(() => attempts.check('10.0.0.1', 'ana'))).toBeUndefined();
      attempts.recordFailure('10.0.0.1', 'ana');
    }
    clock += 20_000;
    const refused = refusal(() => attempts.check('10.0.0.1', 'someone.else'));
    expect(refused?.retryAfterSeconds).toBe(40);
    expect(refused?.getStatus()).toBe(429);
    expect(refused?.getResponse()).toMatchObject({ code: 'AUTH.TOO_MANY_ATTEMPTS' });
    // The same account from another address is still allowed: the address limit came first.
    expect(refusal(() => attempts.check('10.0.0.2', 'ana'))).toBeUndefined();
    clock += 40_000;
    expect(refusal(() => attempts.check('10.0.0.1', 'ana'))).toBeUndefined();
  });

  it('refuses a username guessed at from many addresses once its own limit is reached', () => {
    for (let i = 0; i < 5; i++) attempts.recordFailure(`10.0.1.${i}`, 'ana');
    expect(refusal(() => attempts.check('10.0.9.9', 'ana'))).toBeInstanceOf(TooManyAttempts);
    expect(refusal(() => attempts.check('10.0.9.9', 'bea'))).toBeUndefined();
  });

  it('forgets expired windows when many keys pile up', () => {
    for (let i = 0; i < 10_001; i++) attempts.recordFailure(`a${i}`, `u${i}`);
    clock += 61_000;
    attempts.recordFailure('late', 'late');
    expect(refusal(() => attempts.check('a1', 'u1'))).toBeUndefined();
  });
});
