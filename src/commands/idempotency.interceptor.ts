import { createHash, randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import {
  type CallHandler,
  type ExecutionContext,
  Inject,
  Injectable,
  Logger,
  type NestInterceptor,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { from, lastValueFrom, type Observable } from 'rxjs';
import { DataSource } from 'typeorm';
import type { AuthenticatedUser } from '../auth/index.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { toErrorResponse } from '../http/error-body.js';
import { canonicalJson } from '../shared/canonical-json.js';
import type { Clock } from '../shared/clock.js';
import { CLOCK } from '../shared/clock.token.js';
import { DomainError } from '../shared/domain-error.js';
import { markIdempotentCommand } from './command-context.decorator.js';
import { commandIdOf } from './command-ids.js';
import { inCommandScope, type CommandScope } from './command-scope.js';
import { crashPointOf } from './crash-hook.js';
import { IdempotencyKeys, type StoredOutcome } from './idempotency-keys.js';

const KEY = /^[A-Za-z0-9._:-]{1,200}$/;
const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

class InProgress extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super('IDEMPOTENCY.IN_PROGRESS', 'A request with this Idempotency-Key is still being processed', 'conflict');
  }
}

/**
 * A command sent again with the same Idempotency-Key gets the first outcome (success or coded
 * refusal) instead of running twice, whether the first attempt answered, crashed before its
 * commit, or crashed after it (ADR 0010):
 * - the key is leased to the instance running the command; a retry while the lease holds gets
 *   409 IDEMPOTENCY.IN_PROGRESS with Retry-After, a retry after it lapsed runs the command again;
 * - the command's events and new aggregate ids derive from (caller, key), and a later attempt reads
 *   each stream as the first attempt read it, so it decides the same and appends the same events,
 *   which the store recognises as stored already: one set of events, and the first outcome.
 * A 5xx is not an outcome: the lease is given up for a retry.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  private readonly keys: IdempotencyKeys;
  private readonly leaseMs: number;
  private readonly crashToken?: string;

  constructor(
    db: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) config: Pick<AppConfig, 'idempotencyLeaseMs' | 'testCrashToken'>,
  ) {
    this.leaseMs = config.idempotencyLeaseMs;
    this.keys = new IdempotencyKeys(db, `${hostname()}/${process.pid}/${randomUUID().slice(0, 8)}`, this.leaseMs);
    this.crashToken = config.testCrashToken;
    if (this.crashToken)
      new Logger('Idempotency').warn(
        'CADRE_TEST_CRASH_TOKEN is set: the crash test hook is armed (never in production)',
      );
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = context.switchToHttp().getRequest<Request & { user?: AuthenticatedUser }>();
    const key = req.header('idempotency-key');
    if (!key || !WRITES.has(req.method) || !req.user) return next.handle();
    return from(this.run(req, context.switchToHttp().getResponse<Response>(), key, req.user.id, next));
  }

  private async run(req: Request, res: Response, key: string, principal: string, next: CallHandler): Promise<unknown> {
    if (!KEY.test(key))
      throw new DomainError(
        'IDEMPOTENCY.INVALID_KEY',
        'Idempotency-Key must be 1-200 letters, digits or . _ : -',
        'invalid',
      );
    const hash = createHash('sha256')
      .update(`${req.method} ${req.originalUrl}\n${canonicalJson(req.body ?? null)}`)
      .digest('hex');
    const claim = await this.keys.claim(principal, key, hash, this.clock.now());
    if (claim.kind === 'reused')
      throw new DomainError('IDEMPOTENCY.KEY_REUSED', 'This Idempotency-Key was used for a different request', 'rule');
    if (claim.kind === 'busy') throw new InProgress(claim.retryAfterSeconds);
    if (claim.kind === 'done') return replay(res, claim.outcome);

    const commandId = commandIdOf(principal, key);
    markIdempotentCommand(req, { commandId, startedAt: claim.startedAt });
    const scope: CommandScope = {
      commandId,
      retry: claim.attempt > 1,
      replayedAppend: false,
      crash: crashPointOf(req, this.crashToken),
    };
    const renewal = setInterval(
      () => void this.keys.renew(principal, key, claim.attempt).catch(() => undefined),
      this.leaseMs / 3,
    );
    renewal.unref();
    let outcome: StoredOutcome & { error?: unknown };
    try {
      const body = await inCommandScope(scope, () => lastValueFrom(next.handle(), { defaultValue: undefined }));
      outcome = { status: res.statusCode, body: body ?? null };
    } catch (error) {
      const refused = toErrorResponse(error);
      if (refused.status >= 500) {
        clearInterval(renewal);
        await this.keys.release(principal, key, claim.attempt).catch(() => undefined);
        throw error;
      }
      outcome = { ...refused, error };
    } finally {
      clearInterval(renewal);
    }
    const first = await this.keys.finish(principal, key, outcome);
    if (first) return replay(res, first);
    if (scope.replayedAppend) res.setHeader('Idempotent-Replayed', 'true');
    if (outcome.error) throw outcome.error;
    return outcome.body;
  }
}

function replay(res: Response, outcome: StoredOutcome): unknown {
  res.status(outcome.status);
  res.setHeader('Idempotent-Replayed', 'true');
  return outcome.body;
}
