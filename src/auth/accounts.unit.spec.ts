import { jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { FixedClock } from '../shared/clock.js';
import type { AccessTokenClaims } from './access-token.js';
import { AdminBootstrap } from './admin-bootstrap.service.js';
import { InMemoryUserDirectory } from './in-memory-user-directory.js';
import { jwtOptions } from './jwt-options.js';
import { LoginAttempts } from './login-attempts.js';
import { LoginService } from './login.service.js';
import { PasswordHasher } from './password-hasher.js';
import { UsersService } from './users.service.js';

const hasher = new PasswordHasher({ N: 2 ** 10, r: 8, p: 1 });
const jwt = new JwtService(jwtOptions('s'.repeat(40), 900));
const clock = new FixedClock(new Date('2025-03-01T09:00:00Z'));
const password = 'a long enough password';
const operator = { id: null, name: 'cli:test' };

function setUp(adminPassword?: string) {
  const users = new InMemoryUserDirectory();
  return {
    users,
    accounts: new UsersService(users, hasher, clock),
    logins: new LoginService(
      users,
      hasher,
      jwt,
      { jwtTtlSeconds: 900 },
      new LoginAttempts({ loginLimitPerAddress: 1000, loginLimitPerUser: 1000, loginWindowSeconds: 60 }),
    ),
    bootstrap: new AdminBootstrap(users, hasher, { adminPassword }, clock),
  };
}

const invalidCredentials = {
  status: 401,
  response: { code: 'AUTH.INVALID_CREDENTIALS', message: 'Wrong username or password' },
};

describe('UsersService', () => {
  it('creates a user with a lower-cased username and a hashed password', async () => {
    const { accounts, users } = setUp();
    const created = await accounts.create({ username: 'J.Smith', password, roles: ['hr', 'hr'] }, operator);
    expect(created).toMatchObject({ username: 'j.smith', roles: ['hr'], disabled: false, createdAt: clock.now() });
    const stored = await users.findCredentials('j.smith');
    expect(stored?.passwordHash.startsWith('scrypt$')).toBe(true);
    expect(stored?.passwordHash).not.toContain(password);
  });

  it('refuses a taken username, whatever its case, with USERS.USERNAME_TAKEN', async () => {
    const { accounts } = setUp();
    await accounts.create({ username: 'joe', password, roles: ['hr'] }, operator);
    await expect(accounts.create({ username: 'JOE', password, roles: ['auditor'] }, operator)).rejects.toMatchObject({
      code: 'USERS.USERNAME_TAKEN',
      kind: 'conflict',
    });
  });

  it('refuses a malformed username (the CLI has no request DTO in front of it)', async () => {
    const { accounts, users } = setUp();
    for (const username of ['jo', 'has space', 'x'.repeat(65), 'émile'])
      await expect(accounts.create({ username, password, roles: ['hr'] }, operator)).rejects.toMatchObject({
        code: 'USERS.INVALID_USERNAME',
        kind: 'invalid',
      });
    expect(await users.isEmpty()).toBe(true);
  });

  it('refuses a short password before storing anything', async () => {
    const { accounts, users } = setUp();
    await expect(
      accounts.create({ username: 'joe', password: 'short', roles: ['hr'] }, operator),
    ).rejects.toMatchObject({
      code: 'AUTH.PASSWORD_TOO_SHORT',
      kind: 'invalid',
    });
    expect(await users.isEmpty()).toBe(true);
  });

  it('disables another user, but not the caller nor an unknown id', async () => {
    const { accounts } = setUp();
    const admin = await accounts.create({ username: 'boss', password, roles: ['admin'] }, operator);
    const other = await accounts.create({ username: 'joe', password, roles: ['hr'] }, operator);
    const caller = { id: admin.id, name: admin.username };
    await expect(accounts.disable(other.id, caller)).resolves.toMatchObject({ id: other.id, disabled: true });
    await expect(accounts.disable(admin.id, caller)).rejects.toMatchObject({ code: 'USERS.CANNOT_DISABLE_SELF' });
    await expect(accounts.disable('00000000-0000-4000-8000-000000000000', caller)).rejects.toMatchObject({
      code: 'USERS.NOT_FOUND',
      kind: 'not-found',
    });
  });
});

describe('UsersService: disable, enable, reset a password, and the trail', () => {
  it('records who disabled and enabled whom, and when, only when the flag changes', async () => {
    const { accounts, users } = setUp();
    const admin = await accounts.create({ username: 'boss', password, roles: ['admin'] }, operator);
    const jo = await accounts.create({ username: 'joe', password, roles: ['hr'] }, operator);
    const by = { id: admin.id, name: 'boss' };
    await accounts.disable(jo.id, by);
    await accounts.disable(jo.id, by);
    await expect(accounts.enable(jo.id, by)).resolves.toMatchObject({ disabled: false });
    const trail = await users.changes({ userId: jo.id, limit: 10 });
    expect(trail.map((c) => [c.change, c.actor, c.actorId, c.at])).toEqual([
      ['enabled', 'boss', admin.id, clock.now()],
      ['disabled', 'boss', admin.id, clock.now()],
      ['created', 'cli:test', null, clock.now()],
    ]);
    await expect(accounts.enable('00000000-0000-4000-8000-000000000000', by)).rejects.toMatchObject({
      code: 'USERS.NOT_FOUND',
    });
  });

  it('resets a password under the same policy: the old one stops working, the new one signs in', async () => {
    const { accounts, logins, users } = setUp();
    const jo = await accounts.create({ username: 'joe', password, roles: ['hr'] }, operator);
    await expect(accounts.resetPassword(jo.id, 'short', operator)).rejects.toMatchObject({
      code: 'AUTH.PASSWORD_TOO_SHORT',
    });
    await expect(accounts.resetPassword(jo.id, 'joe-joe-joe-joe-joe', operator)).rejects.toMatchObject({
      code: 'AUTH.PASSWORD_TOO_COMMON',
    });
    const changed = await accounts.resetPassword(jo.id, 'a brand new passphrase', operator);
    expect(changed.tokensValidFrom).toEqual(clock.now());
    await expect(logins.login('joe', password)).rejects.toMatchObject(invalidCredentials);
    await expect(logins.login('joe', 'a brand new passphrase')).resolves.toHaveProperty('accessToken');
    expect((await users.changes({ limit: 1 }))[0]).toMatchObject({ change: 'password-reset', userId: jo.id });
  });
});

describe('LoginService', () => {
  it('issues an HS256 token naming the user and their roles', async () => {
    const { accounts, logins } = setUp();
    const user = await accounts.create({ username: 'joe', password, roles: ['clinical-lead'] }, operator);
    const { accessToken, expiresIn } = await logins.login('JOE', password);
    expect(expiresIn).toBe(900);
    const claims = await jwt.verifyAsync<AccessTokenClaims>(accessToken);
    expect(claims).toMatchObject({ sub: user.id, username: 'joe', roles: ['clinical-lead'] });
    expect(claims.exp! - claims.iat!).toBe(900);
    expect(JSON.parse(Buffer.from(accessToken.split('.')[0], 'base64url').toString())).toMatchObject({ alg: 'HS256' });
  });

  it('gives a wrong password, an unknown user and a disabled user the same 401', async () => {
    const { accounts, logins } = setUp();
    const admin = await accounts.create({ username: 'boss', password, roles: ['admin'] }, operator);
    const jo = await accounts.create({ username: 'joe', password, roles: ['hr'] }, operator);
    await expect(logins.login('joe', `${password}!`)).rejects.toMatchObject(invalidCredentials);
    await expect(logins.login('nobody', password)).rejects.toMatchObject(invalidCredentials);
    await accounts.disable(jo.id, { id: admin.id, name: 'boss' });
    await expect(logins.login('joe', password)).rejects.toMatchObject(invalidCredentials);
  });

  it('checks a password even for an unknown user, so timing does not reveal who exists', async () => {
    const { logins } = setUp();
    const verify = jest.spyOn(hasher, 'verify');
    await logins.onModuleInit();
    await expect(logins.login('nobody', password)).rejects.toMatchObject(invalidCredentials);
    expect(verify).toHaveBeenCalledTimes(1);
    verify.mockRestore();
  });
});

describe('AdminBootstrap', () => {
  beforeEach(() => jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());

  it('creates admin with CADRE_ADMIN_PASSWORD on the first start only', async () => {
    const { bootstrap, logins, users } = setUp('the configured admin password');
    expect(await bootstrap.ensureFirstAdmin()).toBe(true);
    expect(await bootstrap.ensureFirstAdmin()).toBe(false);
    expect((await users.list()).map((u) => [u.username, u.roles])).toEqual([['admin', ['admin']]]);
    await expect(logins.login('admin', 'the configured admin password')).resolves.toHaveProperty('accessToken');
  });

  it('generates a password and logs it once when none is configured', async () => {
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const { bootstrap, logins } = setUp();
    await bootstrap.onApplicationBootstrap();
    await bootstrap.onApplicationBootstrap();
    expect(warn).toHaveBeenCalledTimes(1);
    const message = String(warn.mock.calls[0][0]);
    expect(message).toMatch(/will not be shown again/);
    const generated = /password ([A-Za-z0-9_-]{32}) /.exec(message)?.[1];
    expect(generated).toBeDefined();
    await expect(logins.login('admin', generated!)).resolves.toHaveProperty('accessToken');
  });

  it('leaves a directory that already has users alone', async () => {
    const { bootstrap, accounts, users } = setUp('the configured admin password');
    await accounts.create({ username: 'someone', password, roles: ['hr'] }, operator);
    expect(await bootstrap.ensureFirstAdmin()).toBe(false);
    expect(await users.findCredentials('admin')).toBeNull();
  });

  it('refuses a configured admin password that is too short', async () => {
    const { bootstrap } = setUp('short');
    await expect(bootstrap.ensureFirstAdmin()).rejects.toThrow(/CADRE_ADMIN_PASSWORD/);
  });
});
