import { Inject, Injectable, UnauthorizedException, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import type { AccessTokenClaims } from './access-token.js';
import type { AuthenticatedUser } from './authenticated-user.js';
import { isGuardedRoute } from './guarded-route.js';
import { USER_DIRECTORY, type UserDirectory } from './user-directory.js';

interface HttpRequest {
  headers: Record<string, string | string[] | undefined>;
  user?: AuthenticatedUser;
}

const unauthenticated = (message: string): UnauthorizedException =>
  new UnauthorizedException({ code: 'AUTH.UNAUTHENTICATED', message });

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Requires `Authorization: Bearer <jwt>` on every guarded route (see `isGuardedRoute`). The user
 * is looked up on every request, so disabling an account or changing its password or roles takes
 * effect at once rather than when its tokens expire.
 *
 * Cost: one `SELECT … FROM users WHERE id = $1`, a primary-key index probe on a table of a few
 * hundred rows (well under a millisecond; the signature check costs more). It is deliberately not
 * cached: a cache in each instance would let a token disabled through another instance keep
 * working until the entry expired, and "at once" would become "within the cache lifetime".
 */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    @Inject(USER_DIRECTORY) private readonly users: UserDirectory,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (!isGuardedRoute(context, this.reflector)) return true;
    const request = context.switchToHttp().getRequest<HttpRequest>();
    const token = bearerToken(request.headers.authorization);
    if (!token) throw unauthenticated('Send a token from POST /api/auth/login as "Authorization: Bearer <token>"');

    let claims: AccessTokenClaims;
    try {
      claims = await this.jwt.verifyAsync<AccessTokenClaims>(token);
    } catch {
      throw unauthenticated('The token is invalid or has expired; sign in again');
    }
    // Only cadre signs tokens, but a non-uuid subject must not reach a uuid column as a 500.
    if (typeof claims.sub !== 'string' || !UUID.test(claims.sub) || typeof claims.iat !== 'number')
      throw unauthenticated('The token is invalid or has expired; sign in again');

    const account = await this.users.findById(claims.sub);
    if (!account || account.disabled)
      throw unauthenticated('The account behind this token no longer exists or is disabled');
    // A password reset or a disable moves tokensValidFrom. iat has one-second resolution: a token
    // from the same second as the change still counts.
    if (claims.iat < Math.floor(account.tokensValidFrom.getTime() / 1000))
      throw unauthenticated(
        'The password was reset or the account disabled since this token was issued; sign in again',
      );

    request.user = { id: account.id, username: account.username, roles: account.roles };
    return true;
  }
}

const bearerToken = (header: string | string[] | undefined): string | undefined => {
  if (typeof header !== 'string') return undefined;
  const match = /^Bearer[ ]+([A-Za-z0-9\-_]+\.[A-Za-z0-9\-_]+\.[A-Za-z0-9\-_]+)[ ]*$/i.exec(header);
  return match?.[1];
};
