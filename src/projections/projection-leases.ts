import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, type QueryRunner } from 'typeorm';
import { DATABASE_TARGET } from '../database/database.module.js';
import type { DatabaseTarget } from '../database/database-options.js';

const HEARTBEAT_MS = 1000;

/** A stable 64-bit advisory lock key per projection, in a cadre-only key space. */
export const leaseKey = (projection: string): string =>
  BigInt.asIntN(
    64,
    BigInt('0x' + createHash('sha256').update(`cadre.projection.${projection}`).digest('hex').slice(0, 16)),
  ).toString();

/**
 * Which projections this instance follows, so that each runs in exactly one instance at a time.
 * On PostgreSQL: a session advisory lock per projection, all held on one dedicated connection;
 * when the instance dies its session ends, the locks go with it, and a standby instance takes
 * them at its next try (within about a second). On the embedded engine only one instance can
 * open the data directory, so this instance always leads.
 *
 * Leadership saves duplicate work; it is not what keeps read models right: every batch commits
 * only if the checkpoint is still the one it started from (`applyBatch`), so two instances
 * briefly both believing they lead (a lock connection lost mid-batch) cannot apply an event twice.
 */
@Injectable()
export class ProjectionLeases {
  private readonly logger = new Logger('Projections');
  private runner?: Promise<QueryRunner>;
  private readonly held = new Set<string>();
  private heartbeat?: NodeJS.Timeout;
  /** The lock connection runs one query at a time (pg 9 refuses overlapping ones; pg 8 warns). */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly db: DataSource,
    @Inject(DATABASE_TARGET) private readonly target: DatabaseTarget,
  ) {}

  /** Whether this instance leads `projection` now, trying to take the lead when it does not. */
  async leads(projection: string): Promise<boolean> {
    if (this.held.has(projection)) return true;
    if (this.target.kind === 'embedded') {
      this.held.add(projection);
      return true;
    }
    try {
      const [{ locked }] = (await this.query(`SELECT pg_try_advisory_lock($1::bigint) AS locked`, [
        leaseKey(projection),
      ])) as { locked: boolean }[];
      if (locked) {
        this.held.add(projection);
        this.logger.log({ message: 'Following projection in this instance', projection });
      }
      return Boolean(locked);
    } catch (error) {
      this.lose(error as Error);
      return false;
    }
  }

  /** Projections this instance leads. */
  leading(): string[] {
    return [...this.held].sort();
  }

  async releaseAll(): Promise<void> {
    clearInterval(this.heartbeat);
    this.heartbeat = undefined;
    const runner = this.runner;
    this.runner = undefined;
    this.held.clear();
    if (!runner) return;
    // Ending the session releases every advisory lock it holds.
    await runner.then((r) => r.release()).catch(() => undefined);
  }

  private connection(): Promise<QueryRunner> {
    this.runner ??= (async () => {
      const runner = this.db.createQueryRunner();
      await runner.connect();
      this.heartbeat = setInterval(() => {
        this.query('SELECT 1').catch((error: Error) => this.lose(error));
      }, HEARTBEAT_MS);
      this.heartbeat.unref();
      return runner;
    })().catch((error: Error) => {
      this.runner = undefined;
      throw error;
    });
    return this.runner;
  }

  /** Runs `sql` on the lock connection after whatever query is already running there. */
  private query(sql: string, parameters?: unknown[]): Promise<unknown> {
    const result = this.queue.then(async () => (await this.connection()).query(sql, parameters) as Promise<unknown>);
    this.queue = result.catch(() => undefined);
    return result;
  }

  /** The lock connection failed: its session (and every lock) may be gone, so lead nothing. */
  private lose(error: Error): void {
    if (this.held.size > 0)
      this.logger.warn({ message: 'Lost the projection locks; standing by', error: error.message });
    void this.releaseAll();
  }
}
