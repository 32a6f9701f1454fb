import type { DataSource } from 'typeorm';

export interface StoredOutcome {
  status: number;
  body: unknown;
}

/** What a request with an Idempotency-Key may do with it. */
export type Claim =
  /** Run the command: attempt 1 is the first; a later one took over an attempt that stopped. */
  | { kind: 'run'; attempt: number; startedAt: Date }
  | { kind: 'done'; outcome: StoredOutcome }
  /** Another attempt holds the lease for this long. */
  | { kind: 'busy'; retryAfterSeconds: number }
  | { kind: 'reused' };

interface Row {
  request_hash: string;
  state: 'pending' | 'done';
  status_code: number | null;
  body: unknown;
  retry_after: number | null;
}

const LEASE = `now() + make_interval(secs => $5::int / 1000.0)`;
// TypeORM reshapes the raw result of an UPDATE, so updates whose rows matter are read through a CTE.

/**
 * The `idempotency_keys` table. A key is claimed with a lease held by one instance (`owner`),
 * renewed while its command runs and given up on a 5xx; once the lease has lapsed (the instance
 * died, or lost the database) the next retry takes it over as a new attempt. Lease times are the
 * database's own clock, so instances need not agree on the time.
 */
export class IdempotencyKeys {
  constructor(
    private readonly db: DataSource,
    private readonly owner: string,
    private readonly leaseMs: number,
  ) {}

  async claim(principal: string, key: string, hash: string, now: Date): Promise<Claim> {
    const fresh: unknown[] = await this.db.query(
      `INSERT INTO idempotency_keys (principal, key, request_hash, state, owner, lease_until, attempts, started_at)
       VALUES ($1, $2, $3, 'pending', $4, ${LEASE}, 1, $6) ON CONFLICT (principal, key) DO NOTHING RETURNING key`,
      [principal, key, hash, this.owner, this.leaseMs, now.toISOString()],
    );
    if (fresh.length === 1) return { kind: 'run', attempt: 1, startedAt: now };
    const taken: { attempts: number; started_at: Date | string }[] = await this.db.query(
      `WITH taken AS (
         UPDATE idempotency_keys SET owner = $4, lease_until = ${LEASE}, attempts = attempts + 1
         WHERE principal = $1 AND key = $2 AND request_hash = $3 AND state = 'pending'
           AND (lease_until IS NULL OR lease_until <= now())
         RETURNING attempts, coalesce(started_at, created_at) AS started_at)
       SELECT * FROM taken`,
      [principal, key, hash, this.owner, this.leaseMs],
    );
    if (taken.length === 1)
      return { kind: 'run', attempt: taken[0].attempts, startedAt: new Date(taken[0].started_at) };
    const [row]: Row[] = await this.db.query(
      `SELECT request_hash, state, status_code, body,
              ceil(greatest(extract(epoch FROM lease_until - now()), 1))::int AS retry_after
       FROM idempotency_keys WHERE principal = $1 AND key = $2`,
      [principal, key],
    );
    if (!row) return this.claim(principal, key, hash, now);
    if (row.request_hash !== hash) return { kind: 'reused' };
    if (row.state === 'pending') return { kind: 'busy', retryAfterSeconds: row.retry_after ?? 1 };
    return { kind: 'done', outcome: { status: row.status_code ?? 200, body: row.body } };
  }

  /** Keeps the lease while the command runs; false once another attempt has taken it over. */
  async renew(principal: string, key: string, attempt: number): Promise<boolean> {
    const rows: unknown[] = await this.db.query(
      `WITH renewed AS (
         UPDATE idempotency_keys SET lease_until = ${LEASE}
         WHERE principal = $1 AND key = $2 AND state = 'pending' AND owner = $4 AND attempts = $3 RETURNING key)
       SELECT key FROM renewed`,
      [principal, key, attempt, this.owner, this.leaseMs],
    );
    return rows.length === 1;
  }

  /**
   * Stores the outcome unless another attempt stored one first; then returns that one, the first
   * outcome (the same events, since both attempts derived the same event ids).
   */
  async finish(principal: string, key: string, outcome: StoredOutcome): Promise<StoredOutcome | null> {
    const rows: unknown[] = await this.db.query(
      `WITH finished AS (
         UPDATE idempotency_keys SET state = 'done', status_code = $3, body = $4, lease_until = NULL
         WHERE principal = $1 AND key = $2 AND state = 'pending' RETURNING key)
       SELECT key FROM finished`,
      [principal, key, outcome.status, JSON.stringify(outcome.body ?? null)],
    );
    if (rows.length === 1) return null;
    const [row]: Row[] = await this.db.query(
      `SELECT status_code, body FROM idempotency_keys WHERE principal = $1 AND key = $2 AND state = 'done'`,
      [principal, key],
    );
    return row ? { status: row.status_code ?? 200, body: row.body } : null;
  }

  /** A 5xx is not an outcome: the lease ends now, so a retry takes the command over at once. */
  async release(principal: string, key: string, attempt: number): Promise<void> {
    await this.db.query(
      `UPDATE idempotency_keys SET lease_until = now()
       WHERE principal = $1 AND key = $2 AND state = 'pending' AND owner = $3 AND attempts = $4`,
      [principal, key, this.owner, attempt],
    );
  }
}
