import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import type { AuthenticatedUser } from '../auth/index.js';
import { correlationIdOf } from '../http/request-context.middleware.js';
import type { CommandContext } from './command-context.js';

/**
 * The command's context from the request: the signed-in user as actor, the correlation id, and
 * the optional `reason` of the body. The clock is applied by the event-sourcing service.
 */
export const Ctx = createParamDecorator((_data: unknown, context: ExecutionContext): Omit<CommandContext, 'now'> => {
  const req = context.switchToHttp().getRequest<Request & { user?: AuthenticatedUser }>();
  const reason = typeof req.body?.reason === 'string' ? req.body.reason : undefined;
  return {
    actor: req.user?.username ?? 'anonymous',
    actorId: req.user?.id,
    correlationId: correlationIdOf(req),
    reason,
  };
});

export type RequestContext = Omit<CommandContext, 'now'>;
