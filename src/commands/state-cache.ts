/**
 * Folded aggregate states by stream, so a load reads only the events appended since the last one.
 * Safe because events are immutable and versions only grow: a cached state at version v plus the
 * events after v is exactly the state a full replay gives, whichever instance appended them.
 * Bounded: the least recently used stream is dropped first.
 */
export class StateCache {
  private readonly entries = new Map<string, { folding: object; version: number; state: unknown }>();

  constructor(private readonly capacity = 20_000) {}

  get<S>(streamId: string, folding: object): { version: number; state: S } | undefined {
    const entry = this.entries.get(streamId);
    if (!entry || entry.folding !== folding) return undefined;
    this.entries.delete(streamId);
    this.entries.set(streamId, entry);
    return { version: entry.version, state: entry.state as S };
  }

  set(streamId: string, folding: object, version: number, state: unknown): void {
    this.entries.delete(streamId);
    this.entries.set(streamId, { folding, version, state });
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
  }

  clear(): void {
    this.entries.clear();
  }
}
