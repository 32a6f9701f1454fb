import { randomUUID } from 'node:crypto';
import {
  BACKWARDS,
  END,
  ErrorType,
  FORWARDS,
  KurrentDBClient,
  excludeSystemEvents,
  type AllStreamResolvedEvent,
  type AppendStreamRequest,
  type ReadStreamOptions as KurrentReadStreamOptions,
  type RecordedEvent as KurrentRecordedEvent,
} from '@kurrent/kurrentdb-client';
import { systemClock, type Clock } from '../../shared/clock.js';
import type { GlobalPosition, NewEvent, RecordedEvent } from '../../shared/event.js';
import type {
  AppendResult,
  EventStore,
  ExpectedVersion,
  ReadAllBatch,
  ReadStreamOptions,
  StreamAppend,
  SubscribeOptions,
} from '../event-store.port.js';
import { subscribeByPolling } from '../subscribe-by-polling.js';
import {
  decodeMetadata,
  recordedBy,
  selectAfter,
  toEventData,
  toReadPosition,
  toRecordedEvent,
  toStreamState,
} from './kurrentdb-mapping.js';
import { asConflict, conflictError, rejectEmpty } from './kurrentdb-errors.js';
import { DEFAULT_TIMEOUT_MS, withDefaultDeadline, withTimeout } from './with-timeout.js';

/** The part of the client this store uses: a seam for tests, which cannot run a server here. */
export type KurrentDbClientPort = Pick<
  KurrentDBClient,
  'appendToStream' | 'multiStreamAppend' | 'readStream' | 'readAll' | 'dispose'
>;

export interface KurrentDbEventStoreOptions {
  timeoutMs?: number;
  clock?: Clock;
}

/** The event store on KurrentDB through its official gRPC client. */
export class KurrentDbEventStore implements EventStore {
  private readonly timeoutMs: number;
  private readonly clock: Clock;

  constructor(
    private readonly client: KurrentDbClientPort,
    { timeoutMs = DEFAULT_TIMEOUT_MS, clock = systemClock }: KurrentDbEventStoreOptions = {},
  ) {
    this.timeoutMs = timeoutMs;
    this.clock = clock;
  }

  /** Lazy, like the client: nothing is sent until the first call, so a down server fails that call. */
  static connect(connectionString: string, options: KurrentDbEventStoreOptions = {}): KurrentDbEventStore {
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const client = KurrentDBClient.connectionString(withDefaultDeadline(connectionString, timeoutMs));
    return new KurrentDbEventStore(client, { ...options, timeoutMs });
  }

  async append(streamId: string, events: NewEvent[], expected: ExpectedVersion): Promise<AppendResult> {
    rejectEmpty(events);
    const writeId = randomUUID();
    const recordedAt = this.clock.now().toISOString();
    const data = events.map((e) => toEventData(e, recordedAt, writeId));
    const result = await this.call('append', () =>
      this.client.appendToStream(streamId, data, { streamState: toStreamState(expected), deadline: this.timeoutMs }),
    ).catch((error: unknown) => {
      throw asConflict(error, [{ streamId, events, expected }]);
    });
    // Only with throwOnAppendFailure=false in the connection string, where the client's batch path
    // misreports the current revision (it converts a boolean): ask the stream instead.
    if (!result.success) throw conflictError(streamId, expected, await this.streamVersion(streamId));
    return this.outcome(streamId, result.nextExpectedRevision, writeId);
  }

  /** Atomic across streams through KurrentDB's multiStreamAppend: needs KurrentDB 25.1 or later. */
  async appendMulti(appends: StreamAppend[]): Promise<AppendResult[]> {
    appends.forEach((a) => rejectEmpty(a.events));
    const writeId = randomUUID();
    const recordedAt = this.clock.now().toISOString();
    const requests: AppendStreamRequest[] = appends.map((a) => ({
      streamName: a.streamId,
      events: a.events.map((e) => toEventData(e, recordedAt, writeId)),
      expectedState: toStreamState(a.expected),
    }));
    // No per-call deadline here: the client's default, set in connect(), bounds it.
    const result = await this.call('appendMulti', () => this.client.multiStreamAppend(requests)).catch(
      (error: unknown) => {
        throw asConflict(error, appends);
      },
    );
    return Promise.all(
      appends.map((a) => {
        const response = result.responses.find((r) => r.streamName === a.streamId);
        if (!response) throw new Error(`KurrentDB did not report the append to ${a.streamId}`);
        return this.outcome(a.streamId, response.revision, writeId);
      }),
    );
  }

  async readStream(
    streamId: string,
    { fromVersion = 0, toVersion, recordedUpTo }: ReadStreamOptions = {},
  ): Promise<RecordedEvent[]> {
    if (toVersion !== undefined && toVersion < fromVersion) return [];
    const events = await this.readEvents(streamId, {
      direction: FORWARDS,
      fromRevision: BigInt(fromVersion),
      ...(toVersion === undefined ? {} : { maxCount: toVersion - fromVersion + 1 }),
    });
    return events.map(toRecordedEvent).filter(recordedBy(recordedUpTo));
  }

  async streamVersion(streamId: string): Promise<number | null> {
    const [last] = await this.readEvents(streamId, { direction: BACKWARDS, fromRevision: END, maxCount: 1 });
    return last ? Number(last.revision) : null;
  }

  /**
   * KurrentDB's $all is one log written in order, so an event is never made visible behind one
   * already read: no late-commit guard is needed. The server drops system event types; pages are
   * read until `limit` events are found or the log ends, so a batch is empty only at the end.
   */
  async readAll(from: GlobalPosition, limit: number): Promise<ReadAllBatch> {
    const events: RecordedEvent[] = [];
    let next = from;
    while (events.length < limit) {
      const pageSize = limit - events.length + 1; // +1: the read includes the event at `next`
      const page = await this.call('readAll', async () => {
        const read = this.client.readAll({
          direction: FORWARDS,
          fromPosition: toReadPosition(next),
          maxCount: pageSize,
          filter: excludeSystemEvents(),
          deadline: this.timeoutMs,
        });
        const resolved: AllStreamResolvedEvent[] = [];
        for await (const r of read) resolved.push(r);
        return resolved;
      });
      const batch = selectAfter(page, next, limit - events.length);
      events.push(...batch.events);
      next = batch.next;
      if (page.length < pageSize) break;
    }
    return { events, next };
  }

  /**
   * Polling rather than the client's subscribeToAll: every poll is a readAll, so it gets the same
   * time limit, system-event filtering and exclusive start as a batch read, and a server that
   * goes quiet surfaces as STORE_UNAVAILABLE instead of a stream that silently stops. The price
   * is one small read per idle delay and that much latency, which projections here can afford.
   */
  subscribeToAll(from: GlobalPosition, options?: SubscribeOptions): AsyncIterable<RecordedEvent> {
    return subscribeByPolling(this, from, options);
  }

  async close(): Promise<void> {
    await this.call('close', () => this.client.dispose());
  }

  /**
   * KurrentDB drops an append whose event ids it already holds and answers with the first
   * write's revision, just as for a new write, so that answer cannot tell the two apart. The
   * last event is read back instead: if it carries another append call's write id, nothing new
   * was written. The same read gives the event's exact place in $all, which the append's own
   * answer gives only for the single-stream path. The cost is one extra read per stream.
   */
  private async outcome(streamId: string, revision: bigint, writeId: string): Promise<AppendResult> {
    const [last] = await this.readEvents(streamId, { direction: FORWARDS, fromRevision: revision, maxCount: 1 });
    if (!last?.position) throw new Error(`KurrentDB did not return event ${revision} of ${streamId} after writing it`);
    return {
      nextExpectedVersion: Number(revision),
      position: { commit: BigInt(last.position.commit), prepare: BigInt(last.position.prepare) },
      idempotentReplay: decodeMetadata(last.metadata).writeId !== writeId,
    };
  }

  /** Resolved events of one stream; an unknown stream reads as none. */
  private async readEvents(streamId: string, options: KurrentReadStreamOptions): Promise<KurrentRecordedEvent[]> {
    return this.call('readStream', async () => {
      const events: KurrentRecordedEvent[] = [];
      try {
        for await (const { event } of this.client.readStream(streamId, { ...options, deadline: this.timeoutMs }))
          if (event) events.push(event);
      } catch (error) {
        if ((error as { type?: unknown }).type === ErrorType.STREAM_NOT_FOUND) return [];
        throw error;
      }
      return events;
    });
  }

  private call<T>(operation: string, call: () => Promise<T>): Promise<T> {
    return withTimeout(operation, this.timeoutMs, call);
  }
}
