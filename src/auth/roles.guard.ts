import {
  ForbiddenException,
  Injectable,
  UnauthorizedException,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { AuthenticatedUser } from './authenticated-user.js';
import { isGuardedRoute } from './guarded-route.js';
import { REQUIRED_ROLES } from './roles.decorator.js';
import type { Role } from './roles.js';

/** Runs after `JwtAuthGuard`: a route with `@Roles(...)` needs a caller holding at least one of them. */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (!isGuardedRoute(context, this.reflector)) return true;
    const required = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!required || required.length === 0) return true;
    const user = context.switchToHttp().getRequest<{ user?: AuthenticatedUser }>().user;
    // Fail closed should the guards ever be wired in the wrong order.
    if (!user) throw new UnauthorizedException({ code: 'AUTH.UNAUTHENTICATED', message: 'Sign in to do this' });
    if (required.some((role) => user.roles.includes(role))) return true;
    throw new ForbiddenException({
      code: 'AUTH.FORBIDDEN',
      message: `This needs one of the roles: ${required.join(', ')}`,
    });
  }
}
