import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import type { AuthenticatedUser } from '../auth/index.js';
import { correlationIdOf } from '../http/request-context.middleware.js';
import type { CommandContext } from './command-context.js';

/**
 * The command's context from the request: the signed-in user as actor, the correlation id, the
 * optional `reason` of the body, and, for a request with an Idempotency-Key, the command's id and
 * the instant its first attempt started (set by the idempotency interceptor). Otherwise the clock
 * is applied by the event-sourcing service.
 */
export const Ctx = createParamDecorator((_data: unknown, context: ExecutionContext): RequestContext => {
  const req = context.switchToHttp().getRequest<Request & { user?: AuthenticatedUser }>();
  const reason = typeof req.body?.reason === 'string' ? req.body.reason : undefined;
  const command = idempotentCommandOf(req);
  return {
    actor: req.user?.username ?? 'anonymous',
    actorId: req.user?.id,
    correlationId: correlationIdOf(req),
    reason,
    ...(command ? { commandId: command.commandId, requestedAt: command.startedAt } : {}),
  };
});

export type RequestContext = Omit<CommandContext, 'now'> & {
  /** When the command was first attempted: a retry decides as of then, as its first attempt did. */
  requestedAt?: Date;
};

/** What the idempotency interceptor tells the route about the command it lets through. */
export interface IdempotentCommand {
  commandId: string;
  startedAt: Date;
}

const COMMAND = Symbol('idempotent-command');

export const markIdempotentCommand = (req: Request, command: IdempotentCommand): void => {
  (req as Request & { [COMMAND]?: IdempotentCommand })[COMMAND] = command;
};

const idempotentCommandOf = (req: Request): IdempotentCommand | undefined =>
  (req as Request & { [COMMAND]?: IdempotentCommand })[COMMAND];
