import type { GlobalPosition, NewEvent, RecordedEvent } from '../shared/event.js';

/**
 * What the caller believes the stream's version to be. A number is the 0-based version of the
 * stream's last event; `no-stream` means the stream must not exist yet; `any` skips the check.
 */
export type ExpectedVersion = number | 'no-stream' | 'any';

export interface AppendResult {
  /** Version of the stream's last event after the append: pass it as the next expected version. */
  nextExpectedVersion: number;
  /** Position of the last appended event in the global order. */
  position: GlobalPosition;
  /** True when every event id had already been stored: nothing new was written. */
  idempotentReplay: boolean;
}

export interface ReadStreamOptions {
  /** First version to return (inclusive, default 0). */
  fromVersion?: number;
  /** Last version to return (inclusive). */
  toVersion?: number;
  /** Only events recorded at or before this instant ("as the system knew it then"). */
  recordedUpTo?: Date;
}

export interface ReadAllBatch {
  events: RecordedEvent[];
  /** Position to pass to the next call; equals `from` when nothing was returned. */
  next: GlobalPosition;
}

export interface SubscribeOptions {
  batchSize?: number;
  signal?: AbortSignal;
  /** How long to wait between polls when caught up (ms). */
  idleDelayMs?: number;
}

/** One stream's part of an atomic multi-stream append. */
export interface StreamAppend {
  streamId: string;
  events: NewEvent[];
  expected: ExpectedVersion;
}

export const EVENT_STORE = Symbol('EVENT_STORE');

export interface EventStore {
  /** Appends atomically; throws DomainError `EVENT_STORE.VERSION_CONFLICT` when `expected` does not hold. */
  append(streamId: string, events: NewEvent[], expected: ExpectedVersion): Promise<AppendResult>;
  /**
   * Appends to several streams in one atomic step: every expected version holds and all events are
   * stored, or nothing is. Used where one decision spans two aggregates (a person and a cohort).
   */
  appendMulti(appends: StreamAppend[]): Promise<AppendResult[]>;
  /**
   * Optional: several appends (each as `appendMulti` would make it) one after another in the order
   * given, as one atomic step. An append may expect the version an earlier one in the batch left.
   * Every expected version holds at its turn and everything is stored, in this order, or nothing
   * is. Imports use it; where it is missing they append one command at a time.
   */
  appendBatch?(
    batch: StreamAppend[][],
    onProgress?: (appendsDone: number) => void,
  ): Promise<{ position: GlobalPosition; events: number }>;
  /** Events of one stream in version order; an unknown stream reads as empty. */
  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  /** Version of the stream's last event, or null when the stream does not exist. */
  streamVersion(streamId: string): Promise<number | null>;
  /**
   * The stored event with this id, or null. Optional: a store without an index by event id
   * (KurrentDB) leaves it out, and a retried command then searches the streams it reads instead.
   */
  eventById?(eventId: string): Promise<RecordedEvent | null>;
  /** Events strictly after `from` in the global order, at most `limit`; never skips a late commit. */
  readAll(from: GlobalPosition, limit: number): Promise<ReadAllBatch>;
  /**
   * How many committed events come after `from` in the global order, counting at most `cap + 1`.
   * Unlike `readAll` it counts events of transactions that committed out of order too (they are
   * stored, just not yet safe to read past), and reads no event data. Optional: without it the
   * count is taken from `readAll`.
   */
  countAfter?(from: GlobalPosition, cap: number): Promise<number>;
  /** Follows the global order live from `from`, until the signal aborts. */
  subscribeToAll(from: GlobalPosition, options?: SubscribeOptions): AsyncIterable<RecordedEvent>;
  close(): Promise<void>;
}

/** A store that adds behaviour around another (sealing personal data, ADR 0080) and names it. */
export interface LayeredEventStore extends EventStore {
  readonly beneath: EventStore;
}

/** The store that actually holds the events, beneath any layers. */
export const storeBeneath = (store: EventStore): EventStore =>
  'beneath' in store ? storeBeneath((store as LayeredEventStore).beneath) : store;

export const VERSION_CONFLICT = 'EVENT_STORE.VERSION_CONFLICT';
export const EVENT_ID_REUSED = 'EVENT_STORE.EVENT_ID_REUSED';
export const STORE_UNAVAILABLE = 'EVENT_STORE.UNAVAILABLE';
