import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  EVENT_STORE,
  VERSION_CONFLICT,
  type AppendResult,
  type EventStore,
  type ExpectedVersion,
} from '../event-store/event-store.port.js';
import { ProjectionRunner } from '../projections/projection-runner.js';
import type { Clock } from '../shared/clock.js';
import { CLOCK } from '../shared/clock.token.js';
import { DomainError } from '../shared/domain-error.js';
import type { DomainEvent, GlobalPosition, NewEvent } from '../shared/event.js';
import type { CommandContext } from './command-context.js';
import { StateCache } from './state-cache.js';
import type { RequestContext } from './command-context.decorator.js';

export interface Folding<S, E> {
  initialState: S;
  evolve(state: S, event: E): S;
}

export interface Loaded<S> {
  state: S;
  /** Version to append at: the stream's last version, or 'no-stream'. */
  expected: ExpectedVersion;
}

export interface PendingAppend {
  streamId: string;
  expected: ExpectedVersion;
  events: DomainEvent[];
}

const CONFLICT_RETRIES = 3;

/**
 * The write side's plumbing: load a stream into state, append decided events with metadata and
 * the version read, retry a decision that lost a race, and wait for the read models to catch up.
 */
@Injectable()
export class EventSourcing {
  private readonly cache = new StateCache();

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly projections: ProjectionRunner,
  ) {}

  context(request: RequestContext): CommandContext {
    return { ...request, now: this.clock.now() };
  }

  async load<S, E>(streamId: string, folding: Folding<S, E>): Promise<Loaded<S>> {
    const cached = this.cache.get<S>(streamId, folding);
    const from = cached ? cached.version + 1 : 0;
    const events = await this.store.readStream(streamId, { fromVersion: from });
    const state = events.reduce(
      (s, e) => folding.evolve(s, { type: e.type, data: e.data } as E),
      cached ? cached.state : folding.initialState,
    );
    const version = events.length ? events[events.length - 1].streamVersion : (cached?.version ?? null);
    if (version !== null) this.cache.set(streamId, folding, version, state);
    return { state, expected: version ?? 'no-stream' };
  }

  /**
   * Drops every cached state. The cache is only right while the log grows by appends: after the
   * database is restored from a backup (or emptied, as a test does), the next loads must replay.
   */
  forgetCachedStates(): void {
    this.cache.clear();
  }

  /** Appends to one or more streams atomically; empty appends are dropped. */
  async append(appends: PendingAppend[], ctx: CommandContext): Promise<GlobalPosition | null> {
    const nonEmpty = appends.filter((a) => a.events.length > 0);
    if (nonEmpty.length === 0) return null;
    const results: AppendResult[] = await this.store.appendMulti(
      nonEmpty.map((a) => ({
        streamId: a.streamId,
        expected: a.expected,
        events: a.events.map((e) => this.toNew(e, ctx)),
      })),
    );
    this.projections.notifyAppended();
    return results.reduce<GlobalPosition>(
      (max, r) =>
        r.position.commit > max.commit || (r.position.commit === max.commit && r.position.prepare > max.prepare)
          ? r.position
          : max,
      results[0].position,
    );
  }

  /**
   * Runs a load-decide-append cycle, again from a fresh read if another writer got there first:
   * the rules are then checked against the state that actually won.
   */
  async decide<T>(attempt: () => Promise<T>): Promise<T> {
    for (let i = 0; ; i++) {
      try {
        return await attempt();
      } catch (error) {
        const lostRace = error instanceof DomainError && error.code === VERSION_CONFLICT;
        if (!lostRace || i >= CONFLICT_RETRIES) throw error;
      }
    }
  }

  /** Read-your-writes for the caller: waits (bounded) until the read models include `position`. */
  async settle(position: GlobalPosition | null): Promise<void> {
    if (position && this.projections.running) await this.projections.waitFor(position);
  }

  private toNew(event: DomainEvent, ctx: CommandContext): NewEvent {
    return {
      eventId: randomUUID(),
      type: event.type,
      schemaVersion: event.schemaVersion ?? 1,
      data: event.data as Record<string, unknown>,
      metadata: {
        actor: ctx.actor,
        ...(ctx.actorId ? { actorId: ctx.actorId } : {}),
        correlationId: ctx.correlationId,
        ...(ctx.causationId ? { causationId: ctx.causationId } : {}),
        ...(ctx.reason ? { reason: ctx.reason } : {}),
      },
    };
  }
}
