import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { EVENT_STORE, type EventStore } from '../event-store/event-store.port.js';
import { sleep } from '../event-store/subscribe-by-polling.js';
import { comparePositions, type GlobalPosition } from '../shared/event.js';
import { applyBatch } from './apply-batch.js';
import { checkpoints } from './checkpoints.js';
import type { Projection } from './projection.js';
import { ProjectionLeases } from './projection-leases.js';
import { ProjectionRegistry } from './projection-registry.js';

export const BATCH_SIZE = 500;
/** How long a caught-up projection waits before looking again, when others may append (PostgreSQL, KurrentDB). */
const IDLE_MS = 50;
/**
 * The same on the embedded default, where every append is this process's own and wakes the
 * projections at once: looking rarely keeps the one connection free for requests.
 */
const EMBEDDED_IDLE_MS = 1000;
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
  /** Caught-up loops waiting for news. */
  private readonly idlers = new Set<() => void>();
  /** Appends this process made, counted so a loop cannot miss one between its read and its wait. */
  private appends = 0;
  private readonly idleMs: number;

  constructor(
    private readonly db: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly registry: ProjectionRegistry,
    private readonly leases: ProjectionLeases,
    @Optional() @Inject(APP_CONFIG) config?: Pick<AppConfig, 'databaseUrl' | 'kurrentDbUrl'>,
  ) {
    const embedded = config !== undefined && !config.databaseUrl && !config.kurrentDbUrl;
    this.idleMs = embedded ? EMBEDDED_IDLE_MS : IDLE_MS;
  }

  /** Called after every append this process makes: caught-up projections read again at once. */
  notifyAppended(): void {
    this.appends++;
    for (const wake of [...this.idlers]) wake();
  }

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

  /** Waits for an append by this process, the idle delay, or the signal, whichever comes first. */
  private idle(signal: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        this.idlers.delete(done);
        clearTimeout(timer);
        signal.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, this.idleMs);
      this.idlers.add(done);
      signal.addEventListener('abort', done, { once: true });
    });
  }

  private async follow(projection: Projection, signal: AbortSignal): Promise<void> {
    let failures = 0;
    while (!signal.aborted) {
      try {
        if (!(await this.leases.leads(projection.name))) {
          await sleep(STANDBY_MS, signal);
          continue;
        }
        const seen = this.appends;
        const { position } = await checkpoints.read(this.db, projection.name);
        const batch = await this.store.readAll(position, BATCH_SIZE);
        if (batch.events.length === 0) {
          if (seen === this.appends) await this.idle(signal);
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
