import { createParamDecorator, UnauthorizedException, type ExecutionContext } from '@nestjs/common';
import type { AuthenticatedUser } from './authenticated-user.js';

/** The caller of the request, as established by `JwtAuthGuard`. */
export const CurrentUser = createParamDecorator((_: unknown, context: ExecutionContext): AuthenticatedUser => {
  const user = context.switchToHttp().getRequest<{ user?: AuthenticatedUser }>().user;
  // Only reachable on a @Public route or outside /api, where there is no caller to name.
  if (!user) throw new UnauthorizedException({ code: 'AUTH.UNAUTHENTICATED', message: 'Sign in to do this' });
  return user;
});
