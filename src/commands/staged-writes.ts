import { AsyncLocalStorage } from 'node:async_hooks';
import { DomainError } from '../shared/domain-error.js';
import type { DomainEvent } from '../shared/event.js';
import { VERSION_CONFLICT, type ExpectedVersion } from '../event-store/event-store.port.js';
import type { CommandContext } from './command-context.js';

interface Folding<S> {
  initialState: S;
  evolve(state: S, event: never): S;
}

interface Fold {
  /** The state of the committed stream, as first read. */
  base: unknown;
  state: unknown;
  /** How many staged events `state` includes. */
  applied: number;
}

interface StagedStream {
  /** The committed stream's version when first read (null: no stream). */
  committedVersion: number | null;
  events: DomainEvent[];
  folds: Map<object, Fold>;
}

/** One command's decided appends, with the context that becomes their metadata. */
export interface StagedCommand {
  appends: { streamId: string; expected: ExpectedVersion; events: DomainEvent[] }[];
  ctx: CommandContext;
}

/** A point to return to: `rollbackTo` forgets every command staged after it. */
export interface StagedMark {
  commands: number;
  undo: number;
}

/**
 * A unit of work for imports: commands run through their ordinary handlers, but while it is active
 * (see `EventSourcing.staged`) their appends are kept here instead of reaching the store, and later
 * loads of the same streams see them. So every row of a file is decided by the real deciders, on
 * the state the rows before it leave, before anything is written; `EventSourcing.commit` then
 * appends exactly what was decided, with the versions it was decided on.
 *
 * A stream is read from the store once, when first loaded; the commit's expected versions catch
 * anyone who wrote to it meanwhile.
 */
export class StagedWrites {
  private readonly streams = new Map<string, StagedStream>();
  /** Each stream's length before each staged append, newest last: what a rollback restores. */
  private readonly undo: { stream: StagedStream; length: number }[] = [];
  readonly commands: StagedCommand[] = [];

  get eventCount(): number {
    return this.commands.reduce((n, c) => n + c.appends.reduce((m, a) => m + a.events.length, 0), 0);
  }

  async load<S>(
    streamId: string,
    folding: Folding<S>,
    loadCommitted: () => Promise<{ state: S; expected: ExpectedVersion }>,
  ): Promise<{ state: S; expected: ExpectedVersion }> {
    let stream = this.streams.get(streamId);
    let fold = stream?.folds.get(folding);
    if (!stream || !fold) {
      const committed = await loadCommitted();
      const version = typeof committed.expected === 'number' ? committed.expected : null;
      if (!stream) {
        stream = { committedVersion: version, events: [], folds: new Map() };
        this.streams.set(streamId, stream);
      } else if (stream.committedVersion !== version) {
        throw new DomainError(
          VERSION_CONFLICT,
          `Stream ${streamId} changed while the import was being checked`,
          'conflict',
        );
      }
      fold = { base: committed.state, state: committed.state, applied: 0 };
      stream.folds.set(folding, fold);
    }
    const evolve = folding.evolve as (state: S, event: DomainEvent) => S;
    for (; fold.applied < stream.events.length; fold.applied++)
      fold.state = evolve(fold.state as S, stream.events[fold.applied]);
    return { state: fold.state as S, expected: versionOf(stream) };
  }

  stage(appends: { streamId: string; expected: ExpectedVersion; events: DomainEvent[] }[], ctx: CommandContext): void {
    const nonEmpty = appends.filter((a) => a.events.length > 0);
    for (const a of nonEmpty) {
      const stream = this.streams.get(a.streamId);
      if (!stream) throw new Error(`staged append to ${a.streamId}, which was never loaded`);
      const current = versionOf(stream);
      if (a.expected !== 'any' && a.expected !== current)
        throw new DomainError(
          VERSION_CONFLICT,
          `Stream ${a.streamId} is at ${current}, expected ${a.expected}`,
          'conflict',
        );
    }
    for (const a of nonEmpty) {
      const stream = this.streams.get(a.streamId)!;
      this.undo.push({ stream, length: stream.events.length });
      stream.events.push(...a.events);
    }
    if (nonEmpty.length) this.commands.push({ appends: nonEmpty, ctx });
  }

  mark(): StagedMark {
    return { commands: this.commands.length, undo: this.undo.length };
  }

  rollbackTo(mark: StagedMark): void {
    this.commands.length = mark.commands;
    while (this.undo.length > mark.undo) {
      const { stream, length } = this.undo.pop()!;
      stream.events.length = length;
      for (const fold of stream.folds.values())
        if (fold.applied > length) Object.assign(fold, { state: fold.base, applied: 0 });
    }
  }
}

const versionOf = (stream: StagedStream): ExpectedVersion =>
  stream.committedVersion === null && stream.events.length === 0
    ? 'no-stream'
    : (stream.committedVersion ?? -1) + stream.events.length;

const active = new AsyncLocalStorage<StagedWrites>();

export const runStaged = <T>(writes: StagedWrites, run: () => Promise<T>): Promise<T> => active.run(writes, run);

export const activeStagedWrites = (): StagedWrites | undefined => active.getStore();
