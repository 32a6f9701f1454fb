import { sleep } from './instances.js';

export interface Answer {
  status: number;
  body: Record<string, unknown>;
}

/** One logical request: a command (with its retries) or a read, from first send to final answer. */
export interface Sample {
  kind: string;
  command: boolean;
  /** The final answer's status; 0 when none came before the hard deadline. */
  status: number;
  code?: string;
  attempts: number;
  ms: number;
  correlationId?: string;
  /** Answered `Idempotent-Replayed: true`: the outcome of an earlier attempt of this command. */
  replayed?: boolean;
}

/** A 5xx answer, with when its request was sent and answered (to place it against fault windows). */
export interface ServerError {
  status: number;
  code: string;
  path: string;
  instance: string;
  sentAt: number;
  answeredAt: number;
}

interface Target {
  name: string;
  baseUrl: string;
}

const ATTEMPT_TIMEOUT_MS = 30_000;

/**
 * The soak's HTTP clients share this: it sends, retries and records. A command carries an
 * Idempotency-Key and a correlation id, the same on every retry, and is retried on network errors,
 * timeouts, 5xx and 409 IDEMPOTENCY.IN_PROGRESS, on the other instance each time, until it gets
 * an answer. Every attempt that meets a 5xx is recorded.
 */
export class Traffic {
  readonly samples: Sample[] = [];
  readonly serverErrors: ServerError[] = [];
  networkErrors = 0;
  retries = 0;

  constructor(
    private readonly targets: Target[],
    private readonly hardDeadline: number,
  ) {}

  command(kind: string, token: string, path: string, body: unknown, correlationId: string, home: number) {
    const headers = { 'idempotency-key': correlationId, 'x-correlation-id': correlationId };
    return this.send({ kind, command: true, token, path, body, headers, home, correlationId });
  }

  read(kind: string, token: string, path: string, home: number) {
    return this.send({ kind, command: false, token, path, headers: {}, home });
  }

  private async send(request: {
    kind: string;
    command: boolean;
    token: string;
    path: string;
    body?: unknown;
    headers: Record<string, string>;
    home: number;
    correlationId?: string;
  }): Promise<Answer | undefined> {
    const started = performance.now();
    const { kind, command, correlationId } = request;
    for (let attempt = 1; ; attempt++) {
      if (attempt > 1) this.retries++;
      const target = this.targets[(request.home + attempt - 1) % this.targets.length];
      const sentAt = Date.now();
      let wait = Math.min(1000, 50 * 2 ** Math.min(attempt, 5));
      try {
        const res = await fetch(target.baseUrl + request.path, {
          method: command ? 'POST' : 'GET',
          headers: {
            authorization: `Bearer ${request.token}`,
            ...(command ? { 'content-type': 'application/json' } : {}),
            ...request.headers,
          },
          body: command ? JSON.stringify(request.body) : undefined,
          signal: AbortSignal.timeout(ATTEMPT_TIMEOUT_MS),
        });
        const text = await res.text();
        const body = parse(text);
        const code = typeof body.code === 'string' ? body.code : '';
        const retryAfter = Number(res.headers.get('retry-after'));
        if (res.status >= 500) {
          this.serverErrors.push({
            status: res.status,
            code,
            path: request.path,
            instance: target.name,
            sentAt,
            answeredAt: Date.now(),
          });
          if (retryAfter > 0) wait = retryAfter * 1000;
        } else if (res.status === 409 && code === 'IDEMPOTENCY.IN_PROGRESS') {
          if (retryAfter > 0) wait = Math.min(retryAfter * 1000, 2000);
        } else {
          const ms = performance.now() - started;
          const replayed = res.headers.get('idempotent-replayed') === 'true';
          this.samples.push({
            kind,
            command,
            status: res.status,
            code,
            attempts: attempt,
            ms,
            correlationId,
            replayed,
          });
          return { status: res.status, body };
        }
      } catch {
        this.networkErrors++;
      }
      if (Date.now() + wait > this.hardDeadline) {
        this.samples.push({
          kind,
          command,
          status: 0,
          attempts: attempt,
          ms: performance.now() - started,
          correlationId,
        });
        return undefined;
      }
      await sleep(wait);
    }
  }
}

function parse(text: string): Record<string, unknown> {
  if (!text) return {};
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return { message: text };
  }
}
