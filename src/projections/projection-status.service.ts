import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EVENT_STORE, type EventStore } from '../event-store/event-store.port.js';
import { START } from '../shared/event.js';
import { checkpoints } from './checkpoints.js';
import { ProjectionRegistry } from './projection-registry.js';
import { ProjectionRunner } from './projection-runner.js';

const LAG_CAP = 10_000;

export interface ProjectionStatus {
  name: string;
  position: { commit: string; prepare: string } | null;
  eventsApplied: number;
  /** Events stored after the checkpoint, counted up to 10,000 (`lagCapped` says when more). */
  lag: number;
  lagCapped: boolean;
  updatedAt: string | null;
  running: boolean;
  /** Whether this instance follows the projection now; with several instances exactly one does. */
  followedHere: boolean;
  lastError: string | null;
}

@Injectable()
export class ProjectionStatusService {
  constructor(
    private readonly db: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly registry: ProjectionRegistry,
    private readonly runner: ProjectionRunner,
  ) {}

  async list(): Promise<ProjectionStatus[]> {
    const all = await checkpoints.all(this.db);
    const leading = this.runner.leading();
    return Promise.all(
      this.registry.all().map(async (p) => {
        const cp = all.get(p.name);
        const from = cp?.position ?? START;
        const behind = this.store.countAfter
          ? await this.store.countAfter(from, LAG_CAP)
          : (await this.store.readAll(from, LAG_CAP + 1)).events.length;
        const started = cp && cp.position.commit >= 0n;
        return {
          name: p.name,
          position: started ? { commit: cp.position.commit.toString(), prepare: cp.position.prepare.toString() } : null,
          eventsApplied: cp?.eventsApplied ?? 0,
          lag: Math.min(behind, LAG_CAP),
          lagCapped: behind > LAG_CAP,
          updatedAt: cp?.updatedAt ? new Date(cp.updatedAt).toISOString() : null,
          running: this.runner.running,
          followedHere: leading.includes(p.name),
          lastError: this.runner.lastError(p.name) ?? null,
        };
      }),
    );
  }
}
