import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  EVENT_STORE,
  VERSION_CONFLICT,
  type AppendResult,
  type EventStore,
  type ExpectedVersion,
  type StreamAppend,
} from '../event-store/event-store.port.js';
import { ProjectionRunner } from '../projections/projection-runner.js';
import type { Clock } from '../shared/clock.js';
import { CLOCK } from '../shared/clock.token.js';
import { DomainError } from '../shared/domain-error.js';
import type { DomainEvent, GlobalPosition, NewEvent } from '../shared/event.js';
import type { CommandContext } from './command-context.js';
import type { RequestContext } from './command-context.decorator.js';
import { activeStagedWrites, runStaged, type StagedWrites } from './staged-writes.js';
import { StateCache } from './state-cache.js';
import { eventIdOf } from './command-ids.js';
import { commandScope, type FirstAttempt } from './command-scope.js';
import { crashIfAsked } from './crash-hook.js';
import { foldAsFirstAttemptRead } from './first-attempt-view.js';

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

  /** A retry decides as of its first attempt's instant, so it decides as that attempt did. */
  context(request: RequestContext): CommandContext {
    const { requestedAt, ...rest } = request;
    return { ...rest, now: requestedAt ?? this.clock.now() };
  }

  async load<S, E>(streamId: string, folding: Folding<S, E>): Promise<Loaded<S>> {
    const staged = activeStagedWrites();
    if (staged) return staged.load(streamId, folding, () => this.loadCommitted(streamId, folding));
    const scope = commandScope();
    if (scope?.retry) {
      const first = await (scope.firstAttempt ??= this.firstAttemptOf(scope.commandId));
      if (first.committed !== false)
        return foldAsFirstAttemptRead(await this.store.readStream(streamId), folding, scope.commandId, first);
    }
    return this.loadCommitted(streamId, folding);
  }

  private async loadCommitted<S, E>(streamId: string, folding: Folding<S, E>): Promise<Loaded<S>> {
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
    const staged = activeStagedWrites();
    if (staged) {
      staged.stage(appends, ctx);
      return null;
    }
    const nonEmpty = appends.filter((a) => a.events.length > 0);
    if (nonEmpty.length === 0) return null;
    const scope = commandScope();
    crashIfAsked('before-append', scope?.crash);
    const results: AppendResult[] = await this.store.appendMulti(this.toStreamAppends(nonEmpty, ctx));
    this.projections.notifyAppended();
    if (results.every((r) => r.idempotentReplay)) {
      if (scope) scope.replayedAppend = true;
    } else crashIfAsked('after-commit', scope?.crash);
    return latest(results.map((r) => r.position));
  }

  /**
   * Runs `work` (commands through their handlers) with its appends kept in `writes` instead of
   * the store: nothing is written until `commit(writes)`.
   */
  staged<T>(writes: StagedWrites, work: () => Promise<T>): Promise<T> {
    return runStaged(writes, work);
  }

  /**
   * Appends every staged command in the order it was decided, with its own metadata. A store that
   * can (PostgreSQL, PGlite) does it as one transaction: all of it or none, a concurrent writer to
   * any of the streams being a version conflict. Elsewhere the commands are appended one by one.
   */
  async commit(writes: StagedWrites, onProgress?: (commandsDone: number) => void): Promise<GlobalPosition | null> {
    const batch = writes.commands.map((c) => this.toStreamAppends(c.appends, c.ctx));
    if (batch.length === 0) return null;
    if (this.store.appendBatch) {
      const { position } = await this.store.appendBatch(batch, onProgress);
      this.projections.notifyAppended();
      return position;
    }
    const positions: GlobalPosition[] = [];
    for (const [i, appends] of batch.entries()) {
      positions.push(...(await this.store.appendMulti(appends)).map((r) => r.position));
      this.projections.notifyAppended();
      onProgress?.(i + 1);
    }
    return latest(positions);
  }

  /** The command's appends ready for the store; its `n`th event gets the `n`th derived id. */
  private toStreamAppends(appends: PendingAppend[], ctx: CommandContext): StreamAppend[] {
    let n = 0;
    return appends.map((a) => ({
      streamId: a.streamId,
      expected: a.expected,
      events: a.events.map((e) => this.toNew(e, ctx, n++)),
    }));
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

  /**
   * Read-your-writes for the caller: waits (bounded, 5 s unless told) until the read models include
   * `position`; false when the time ran out first.
   */
  async settle(position: GlobalPosition | null, timeoutMs?: number): Promise<boolean> {
    if (position && this.projections.running) return this.projections.waitFor(position, timeoutMs);
    return true;
  }

  /** Where a retried command's first attempt left its first event, if the store can say. */
  private async firstAttemptOf(commandId: string): Promise<FirstAttempt> {
    if (!this.store.eventById) return { committed: 'unknown' };
    const first = await this.store.eventById(eventIdOf(commandId, 0));
    return first ? { committed: true, position: first.position } : { committed: false };
  }

  /** The `n`th event of the command's append: its id derives from the command's id when it has one. */
  private toNew(event: DomainEvent, ctx: CommandContext, n: number): NewEvent {
    return {
      eventId: ctx.commandId ? eventIdOf(ctx.commandId, n) : randomUUID(),
      type: event.type,
      schemaVersion: event.schemaVersion ?? 1,
      data: event.data as Record<string, unknown>,
      metadata: {
        actor: ctx.actor,
        ...(ctx.actorId ? { actorId: ctx.actorId } : {}),
        correlationId: ctx.correlationId,
        ...(ctx.causationId ? { causationId: ctx.causationId } : {}),
        ...(ctx.reason ? { reason: ctx.reason } : {}),
        ...(ctx.import ? { import: ctx.import } : {}),
        ...(ctx.commandId ? { commandId: ctx.commandId } : {}),
      },
    };
  }
}

const latest = (positions: GlobalPosition[]): GlobalPosition =>
  positions.reduce((max, p) =>
    p.commit > max.commit || (p.commit === max.commit && p.prepare > max.prepare) ? p : max,
  );
