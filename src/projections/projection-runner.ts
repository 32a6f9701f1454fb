import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EVENT_STORE, type EventStore } from '../event-store/event-store.port.js';
import { sleep } from '../event-store/subscribe-by-polling.js';
import { comparePositions, type GlobalPosition } from '../shared/event.js';
import { applyBatch } from './apply-batch.js';
import { checkpoints } from './checkpoints.js';
import type { Projection } from './projection.js';
import { ProjectionLeases } from './projection-leases.js';
import { ProjectionRegistry } from './projection-registry.js';

export const BATCH_SIZE = 500;
const IDLE_MS = 50;
/** How often a standby instance tries to take the lead of a projection another instance follows. */
const STANDBY_MS = 1000;

/**
 * Keeps every registered projection following the global order. Each projection has its own
 * loop: read from its checkpoint, apply the batch and the new checkpoint in one transaction.
 */
@Injectable()
export class ProjectionRunner {
  private readonly logger = new Logger('Projections');
  private controller?: AbortController;
  private loops: Promise<void>[] = [];
  private readonly errors = new Map<string, string>();
  private readonly waiters = new Set<() => void>();

  constructor(
    private readonly db: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly registry: ProjectionRegistry,
    private readonly leases: ProjectionLeases,
  ) {}

  start(): void {
    if (this.controller) return;
    this.controller = new AbortController();
    this.loops = this.registry.all().map((p) => this.follow(p, this.controller!.signal));
  }

  /** Stops after the batch in flight commits, so the checkpoint is always a clean one. */
  async stop(): Promise<void> {
    this.controller?.abort();
    await Promise.allSettled(this.loops);
    await this.leases.releaseAll();
    this.controller = undefined;
    this.loops = [];
  }

  /** Projections this instance follows now (the others are followed by another instance). */
  leading(): string[] {
    return this.running ? this.leases.leading() : [];
  }

  get running(): boolean {
    return this.controller !== undefined;
  }

  lastError(name: string): string | undefined {
    return this.errors.get(name);
  }

  /** Resolves once every projection has applied everything up to `position` (or the timeout passes). */
  async waitFor(position: GlobalPosition, timeoutMs = 5000): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const all = await checkpoints.all(this.db);
      const behind = this.registry.all().some((p) => {
        const cp = all.get(p.name);
        return !cp || comparePositions(cp.position, position) < 0;
      });
      if (!behind) return true;
      if (Date.now() >= deadline) return false;
      await new Promise<void>((resolve) => {
        const wake = () => {
          this.waiters.delete(wake);
          resolve();
        };
        this.waiters.add(wake);
        setTimeout(wake, 25).unref();
      });
    }
  }

  private async follow(projection: Projection, signal: AbortSignal): Promise<void> {
    let failures = 0;
    while (!signal.aborted) {
      try {
        if (!(await this.leases.leads(projection.name))) {
          await sleep(STANDBY_MS, signal);
          continue;
        }
        const { position } = await checkpoints.read(this.db, projection.name);
        const batch = await this.store.readAll(position, BATCH_SIZE);
        if (batch.events.length === 0) {
          await sleep(IDLE_MS, signal);
          continue;
        }
        if (await applyBatch(this.db, projection, projection.name, position, batch.events))
          // Progress an operator (or the crash test) can follow as it happens, at debug level.
          this.logger.debug({
            message: 'Projection batch applied',
            projection: projection.name,
            events: batch.events.length,
          });
        this.errors.delete(projection.name);
        failures = 0;
        for (const wake of [...this.waiters]) wake();
        // The embedded engine answers in microtasks only: without a turn of the event loop between
        // batches, catching up would starve HTTP requests and timers until the backlog is gone.
        await new Promise((resolve) => setImmediate(resolve));
      } catch (error) {
        failures++;
        this.errors.set(projection.name, (error as Error).message);
        this.logger.error({
          message: 'Projection batch failed; retrying',
          projection: projection.name,
          error: (error as Error).message,
        });
        await sleep(Math.min(200 * 2 ** failures, 10_000), signal);
      }
    }
  }
}
