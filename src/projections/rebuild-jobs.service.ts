import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { DomainError } from '../shared/domain-error.js';
import { ProjectionRebuilder } from './projection-rebuilder.js';
import { ProjectionRegistry } from './projection-registry.js';

export interface RebuildJob {
  id: string;
  projections: string[];
  state: 'running' | 'done' | 'failed';
  current: string | null;
  eventsApplied: number;
  startedAt: string;
  finishedAt: string | null;
  error: string | null;
}

/** Rebuilds run in the background; the API reports their progress. One at a time per instance. */
@Injectable()
export class RebuildJobs {
  private readonly logger = new Logger('Rebuild');
  private readonly jobs = new Map<string, RebuildJob>();
  private active: RebuildJob | null = null;

  constructor(
    private readonly registry: ProjectionRegistry,
    private readonly rebuilder: ProjectionRebuilder,
  ) {}

  start(names?: string[]): RebuildJob {
    if (this.active)
      throw new DomainError('PROJECTIONS.REBUILD_RUNNING', `Rebuild ${this.active.id} is still running`, 'conflict');
    const projections = names?.length ? names.map((n) => this.registry.get(n)) : this.registry.all();
    const job: RebuildJob = {
      id: randomUUID(),
      projections: projections.map((p) => p.name),
      state: 'running',
      current: null,
      eventsApplied: 0,
      startedAt: new Date().toISOString(),
      finishedAt: null,
      error: null,
    };
    this.jobs.set(job.id, job);
    this.active = job;
    void (async () => {
      try {
        for (const p of projections) {
          job.current = p.name;
          const base = job.eventsApplied;
          const result = await this.rebuilder.rebuild(
            p,
            (progress) => (job.eventsApplied = base + progress.eventsApplied),
          );
          job.eventsApplied = base + result.eventsApplied;
        }
        job.state = 'done';
      } catch (error) {
        job.state = 'failed';
        job.error = (error as Error).message;
        this.logger.error({ message: 'Rebuild failed', job: job.id, error: job.error });
      } finally {
        job.current = null;
        job.finishedAt = new Date().toISOString();
        this.active = null;
      }
    })();
    return job;
  }

  get(id: string): RebuildJob {
    const job = this.jobs.get(id);
    if (!job) throw new DomainError('PROJECTIONS.REBUILD_NOT_FOUND', `No rebuild ${id}`, 'not-found');
    return job;
  }

  /** Resolves when no rebuild is running (used by graceful shutdown and tests). */
  async idle(): Promise<void> {
    while (this.active) await new Promise((r) => setTimeout(r, 20));
  }
}
