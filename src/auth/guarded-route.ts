import type { ExecutionContext } from '@nestjs/common';
import type { Reflector } from '@nestjs/core';
import { IS_PUBLIC } from './public.decorator.js';

interface RoutedRequest {
  route?: { path?: unknown };
  routeOptions?: { url?: unknown };
  path?: string;
  url?: string;
}

/**
 * Whether a route needs a signed-in caller: every HTTP route under `/api` that is not @Public.
 * `/health` and the OpenAPI page stay open. The route's registered pattern is preferred over the
 * request URL, so tricks such as `//api/users` or `/API/users` cannot reach a route unguarded.
 */
export function isGuardedRoute(context: ExecutionContext, reflector: Reflector): boolean {
  if (context.getType() !== 'http') return false;
  if (reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()])) return false;
  const request = context.switchToHttp().getRequest<RoutedRequest>();
  const pattern = request.route?.path ?? request.routeOptions?.url ?? request.path ?? request.url ?? '';
  const path = String(pattern)
    .toLowerCase()
    .replace(/\/{2,}/g, '/');
  return path === '/api' || path.startsWith('/api/') || path.startsWith('/api?');
}
