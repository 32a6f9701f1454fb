import { Controller, Get, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { TOKEN_AUDIENCE, TOKEN_ISSUER } from './access-token.js';
import { httpContext } from './guard-test-context.js';
import { InMemoryUserDirectory } from './in-memory-user-directory.js';
import { JwtAuthGuard } from './jwt-auth.guard.js';
import { jwtOptions } from './jwt-options.js';
import { Public } from './public.decorator.js';
import { Roles } from './roles.decorator.js';
import { RolesGuard } from './roles.guard.js';
import type { Role } from './roles.js';

@Roles('hr', 'admin')
@Controller('api/staff')
class StaffController {
  @Get()
  list(): void {}
  @Roles('auditor')
  @Get('history')
  history(): void {}
}

@Controller('api/things')
class OpenToAnyUserController {
  @Get()
  read(): void {}
  @Public()
  @Get('login')
  login(): void {}
}

@Controller('health')
class HealthController {
  @Get()
  check(): void {}
}

const secret = 'x'.repeat(48);
const jwt = new JwtService(jwtOptions(secret, 3600));
const reflector = new Reflector();
const signedAt = new Date('2025-01-01T00:00:00Z');
const operator = { id: null, name: 'cli:test' };

async function setUp(roles: Role[] = ['hr']) {
  const users = new InMemoryUserDirectory();
  const id = '00000000-0000-4000-8000-000000000001';
  await users.insert({ id, username: 'Hana', passwordHash: 'x', roles, createdAt: signedAt }, operator);
  const token = await jwt.signAsync({ sub: id, username: 'hana', roles });
  const authGuard = new JwtAuthGuard(reflector, jwt, users);
  const rolesGuard = new RolesGuard(reflector);
  const run = async (context: ExecutionContext): Promise<boolean> =>
    (await authGuard.canActivate(context)) && rolesGuard.canActivate(context);
  return { users, id, token, run };
}

const call = (
  controller: new (...args: never[]) => object,
  handler: string,
  routePath: string,
  authorization?: string,
) => httpContext({ controller, handler, routePath, headers: authorization ? { authorization } : {} });

const rejectsWith = async (promise: Promise<unknown>, status: number, code: string) => {
  await expect(promise).rejects.toMatchObject({ status, response: { code, message: expect.any(String) } });
};

describe('JwtAuthGuard then RolesGuard', () => {
  it('lets a valid token through and puts the user on the request', async () => {
    const { token, run, id } = await setUp(['hr']);
    const { context, request } = call(StaffController, 'list', '/api/staff', `Bearer ${token}`);
    await expect(run(context)).resolves.toBe(true);
    expect(request.user).toEqual({ id, username: 'hana', roles: ['hr'] });
  });

  it('needs a token on every /api route, whatever its spelling', async () => {
    const { run } = await setUp();
    await rejectsWith(run(call(OpenToAnyUserController, 'read', '/api/things').context), 401, 'AUTH.UNAUTHENTICATED');
    await rejectsWith(run(call(OpenToAnyUserController, 'read', '/API//things').context), 401, 'AUTH.UNAUTHENTICATED');
  });

  it('leaves @Public routes and routes outside /api open', async () => {
    const { run } = await setUp();
    await expect(run(call(OpenToAnyUserController, 'login', '/api/things/login').context)).resolves.toBe(true);
    await expect(run(call(HealthController, 'check', '/health').context)).resolves.toBe(true);
  });

  it.each([
    ['a malformed header', 'Token abc'],
    ['garbage', 'Bearer not.a.jwt'],
    ['another secret', 'other'],
    ['a tampered payload', 'tampered'],
    ['an expired token', 'expired'],
    ['alg none', 'none'],
  ])('rejects %s with 401', async (_, kind) => {
    const { run, token, id } = await setUp();
    const header = await (async () => {
      const other = new JwtService(jwtOptions('y'.repeat(48), 3600));
      const loose = new JwtService({ secret, signOptions: { issuer: TOKEN_ISSUER, audience: TOKEN_AUDIENCE } });
      const now = Math.floor(Date.now() / 1000);
      switch (kind) {
        case 'other':
          return `Bearer ${await other.signAsync({ sub: id })}`;
        case 'tampered': {
          const [head, , signature] = token.split('.');
          const body = Buffer.from(JSON.stringify({ sub: id, roles: ['admin'], iat: now })).toString('base64url');
          return `Bearer ${head}.${body}.${signature}`;
        }
        case 'expired':
          return `Bearer ${await loose.signAsync({ sub: id, iat: now - 7200, exp: now - 3600 })}`;
        case 'none': {
          const head = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
          const body = Buffer.from(
            JSON.stringify({ sub: id, iat: now, iss: TOKEN_ISSUER, aud: TOKEN_AUDIENCE }),
          ).toString('base64url');
          return `Bearer ${head}.${body}.${Buffer.from('sig').toString('base64url')}`;
        }
        default:
          return kind;
      }
    })();
    await rejectsWith(run(call(StaffController, 'list', '/api/staff', header).context), 401, 'AUTH.UNAUTHENTICATED');
  });

  it('stops a disabled user at once, with a token still in date', async () => {
    const { run, token, users, id } = await setUp();
    await users.setDisabled(id, true, operator, new Date(Date.now() - 60_000));
    await rejectsWith(
      run(call(StaffController, 'list', '/api/staff', `Bearer ${token}`).context),
      401,
      'AUTH.UNAUTHENTICATED',
    );
  });

  it('does not revive tokens from before a disable when the account is enabled again', async () => {
    const { run, token, users, id } = await setUp();
    await users.setDisabled(id, true, operator, new Date(Date.now() + 5000));
    await users.setDisabled(id, false, operator, new Date(Date.now() + 6000));
    await rejectsWith(
      run(call(StaffController, 'list', '/api/staff', `Bearer ${token}`).context),
      401,
      'AUTH.UNAUTHENTICATED',
    );
    const fresh = await jwt.signAsync({
      sub: id,
      username: 'hana',
      roles: ['hr'],
      iat: Math.floor(Date.now() / 1000) + 7,
    });
    await expect(run(call(StaffController, 'list', '/api/staff', `Bearer ${fresh}`).context)).resolves.toBe(true);
  });

  it('rejects a token whose subject is not a user id, without asking the directory', async () => {
    const { run } = await setUp();
    const odd = await jwt.signAsync({ sub: "1' OR '1'='1", username: 'x', roles: ['admin'] });
    await rejectsWith(
      run(call(StaffController, 'list', '/api/staff', `Bearer ${odd}`).context),
      401,
      'AUTH.UNAUTHENTICATED',
    );
  });

  it('rejects a token for a user who no longer exists', async () => {
    const { run } = await setUp();
    const ghost = await jwt.signAsync({
      sub: '00000000-0000-4000-8000-00000000dead',
      username: 'ghost',
      roles: ['admin'],
    });
    await rejectsWith(
      run(call(StaffController, 'list', '/api/staff', `Bearer ${ghost}`).context),
      401,
      'AUTH.UNAUTHENTICATED',
    );
  });

  it('rejects a token issued before the password last changed', async () => {
    const { run, token, users, id } = await setUp();
    await users.setPassword(id, 'y', operator, new Date(Date.now() + 5000));
    await rejectsWith(
      run(call(StaffController, 'list', '/api/staff', `Bearer ${token}`).context),
      401,
      'AUTH.UNAUTHENTICATED',
    );
  });

  it('answers 403 when the user holds none of the listed roles', async () => {
    const { run, token } = await setUp(['clinical-lead']);
    await rejectsWith(
      run(call(StaffController, 'list', '/api/staff', `Bearer ${token}`).context),
      403,
      'AUTH.FORBIDDEN',
    );
  });

  it('lets a method-level @Roles replace the controller one', async () => {
    const auditor = await setUp(['auditor']);
    await expect(
      auditor.run(call(StaffController, 'history', '/api/staff/history', `Bearer ${auditor.token}`).context),
    ).resolves.toBe(true);
    const hr = await setUp(['hr']);
    await rejectsWith(
      hr.run(call(StaffController, 'history', '/api/staff/history', `Bearer ${hr.token}`).context),
      403,
      'AUTH.FORBIDDEN',
    );
  });

  it('takes roles from the directory, not from the token', async () => {
    const { run, id } = await setUp(['clinical-lead']);
    const claimsAdmin = await jwt.signAsync({ sub: id, username: 'hana', roles: ['admin'] });
    await rejectsWith(
      run(call(StaffController, 'list', '/api/staff', `Bearer ${claimsAdmin}`).context),
      403,
      'AUTH.FORBIDDEN',
    );
  });

  it('lets any signed-in user reach a route without @Roles', async () => {
    const { run, token } = await setUp(['auditor']);
    await expect(run(call(OpenToAnyUserController, 'read', '/api/things', `Bearer ${token}`).context)).resolves.toBe(
      true,
    );
  });

  it('fails closed in RolesGuard if no user was established', () => {
    const { context } = call(StaffController, 'list', '/api/staff');
    expect(() => new RolesGuard(reflector).canActivate(context)).toThrow(expect.objectContaining({ status: 401 }));
  });
});
