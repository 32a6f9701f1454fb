import { createHash } from 'node:crypto';
import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import { from, lastValueFrom, type Observable } from 'rxjs';
import { DataSource } from 'typeorm';
import type { AuthenticatedUser } from '../auth/index.js';
import { toErrorResponse } from '../http/error-body.js';
import { canonicalJson } from '../shared/canonical-json.js';
import { DomainError } from '../shared/domain-error.js';

const KEY = /^[A-Za-z0-9._:-]{1,200}$/;
const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

interface Stored {
  request_hash: string;
  state: 'pending' | 'done';
  status_code: number | null;
  body: unknown;
}

/**
 * A command sent again with the same Idempotency-Key gets the first outcome (success or coded
 * refusal) instead of running twice. A 5xx is not an outcome: the claim is released for a retry.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(private readonly db: DataSource) {}

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
    const claimed: unknown[] = await this.db.query(
      `INSERT INTO idempotency_keys (principal, key, request_hash, state) VALUES ($1, $2, $3, 'pending')
       ON CONFLICT (principal, key) DO NOTHING RETURNING key`,
      [principal, key, hash],
    );
    if (claimed.length === 0) return this.replay(res, principal, key, hash);
    try {
      const body = await lastValueFrom(next.handle(), { defaultValue: undefined });
      await this.finish(principal, key, res.statusCode, body ?? null);
      return body;
    } catch (error) {
      const outcome = toErrorResponse(error);
      if (outcome.status < 500) await this.finish(principal, key, outcome.status, outcome.body);
      else await this.db.query(`DELETE FROM idempotency_keys WHERE principal = $1 AND key = $2`, [principal, key]);
      throw error;
    }
  }

  private async replay(res: Response, principal: string, key: string, hash: string): Promise<unknown> {
    const [stored]: Stored[] = await this.db.query(
      `SELECT request_hash, state, status_code, body FROM idempotency_keys WHERE principal = $1 AND key = $2`,
      [principal, key],
    );
    if (!stored || stored.state === 'pending')
      throw new DomainError(
        'IDEMPOTENCY.IN_PROGRESS',
        'A request with this Idempotency-Key is still being processed',
        'conflict',
      );
    if (stored.request_hash !== hash)
      throw new DomainError('IDEMPOTENCY.KEY_REUSED', 'This Idempotency-Key was used for a different request', 'rule');
    res.status(stored.status_code ?? 200);
    res.setHeader('Idempotent-Replayed', 'true');
    return stored.body;
  }

  private async finish(principal: string, key: string, status: number, body: unknown): Promise<void> {
    await this.db.query(
      `UPDATE idempotency_keys SET state = 'done', status_code = $3, body = $4 WHERE principal = $1 AND key = $2`,
      [principal, key, status, JSON.stringify(body)],
    );
  }
}
