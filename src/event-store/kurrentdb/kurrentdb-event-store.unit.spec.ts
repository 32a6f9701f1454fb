import {
  ANY,
  BACKWARDS,
  END,
  NO_STREAM,
  START,
  StreamNotFoundError,
  WrongExpectedVersionError,
  type AllStreamResolvedEvent,
  type AppendStreamRequest,
  type AppendStreamState,
  type EventData,
  type ReadAllOptions,
  type ReadStreamOptions,
  type ResolvedEvent,
} from '@kurrent/kurrentdb-client';
import { randomUUID } from 'node:crypto';
import { FixedClock } from '../../shared/clock.js';
import { DomainError } from '../../shared/domain-error.js';
import { START as PORT_START, type NewEvent } from '../../shared/event.js';
import { VERSION_CONFLICT } from '../event-store.port.js';
import { KurrentDbEventStore, type KurrentDbClientPort } from './kurrentdb-event-store.js';

interface Stored {
  streamId: string;
  id: string;
  revision: bigint;
  type: string;
  data: unknown;
  metadata: unknown;
  isJson: true;
  created: Date;
  position: { commit: bigint; prepare: bigint };
}

/**
 * An in-memory stand-in for the KurrentDB client, for unit tests of the adapter's own logic (no
 * server can run here). It copies the server behaviours the adapter relies on: reads from a
 * position include it, a repeated append of stored ids answers with the first revision and
 * writes nothing, multi-stream appends are all or nothing, and $-prefixed types are system events.
 */
class FakeKurrentDbClient {
  readonly log: Stored[] = [];
  readonly appendOptions: unknown[] = [];
  readonly readAllCalls: ReadAllOptions[] = [];
  disposed = false;

  asPort(): KurrentDbClientPort {
    return this as unknown as KurrentDbClientPort;
  }

  /** Writes straight to the log, as the server's own bookkeeping would. */
  systemEvent(type = '$metadata', streamId = '$$some-stream'): void {
    this.write(streamId, [{ id: randomUUID(), type, data: {}, metadata: undefined } as never]);
  }

  async appendToStream(streamId: string, events: EventData[], options: { streamState: AppendStreamState }) {
    this.appendOptions.push(options);
    const replay = this.replayOf(streamId, events);
    if (replay !== null) return { success: true, nextExpectedRevision: replay, position: undefined };
    this.check(streamId, options.streamState);
    return { success: true, nextExpectedRevision: this.write(streamId, events), position: undefined };
  }

  async multiStreamAppend(requests: AppendStreamRequest[]) {
    for (const r of requests)
      if (!r.events.every((e) => Object.values(e.metadata ?? {}).every((v) => typeof v === 'string')))
        throw new Error('multiStreamAppend requires metadata to be a plain object with string keys and string values.');
    requests.forEach((r) => this.check(r.streamName, r.expectedState));
    const responses = requests.map((r) => ({
      streamName: r.streamName,
      revision: this.write(
        r.streamName,
        r.events.map((e) => ({ ...e, metadata: { ...(e.metadata as object), '$schema.name': e.type } })),
      ),
    }));
    return { position: this.log[this.log.length - 1].position.commit, responses };
  }

  readStream(streamId: string, { fromRevision = START, direction, maxCount = Infinity }: ReadStreamOptions = {}) {
    const all = this.log.filter((e) => e.streamId === streamId);
    const events = direction === BACKWARDS ? [...all].reverse() : all;
    const from = fromRevision === START || fromRevision === END ? null : fromRevision;
    const selected = events
      .filter((e) => from === null || (direction === BACKWARDS ? e.revision <= from : e.revision >= from))
      .slice(0, Number(maxCount));
    return (async function* () {
      if (all.length === 0) throw new StreamNotFoundError(undefined, streamId);
      for (const event of selected) yield { event } as ResolvedEvent;
    })();
  }

  readAll(options: ReadAllOptions = {}) {
    this.readAllCalls.push(options);
    const { fromPosition = START, maxCount = Infinity, filter } = options;
    const regex = filter && 'regex' in filter ? new RegExp(filter.regex) : null;
    const from = fromPosition === START || fromPosition === END ? null : fromPosition.commit;
    const selected = this.log
      .filter((e) => (from === null || e.position.commit >= from) && (!regex || regex.test(e.type)))
      .slice(0, Number(maxCount));
    return (async function* () {
      for (const event of selected) yield { event } as AllStreamResolvedEvent;
    })();
  }

  async dispose() {
    this.disposed = true;
  }

  private current(streamId: string): bigint | null {
    const events = this.log.filter((e) => e.streamId === streamId);
    return events.length ? events[events.length - 1].revision : null;
  }

  private check(streamId: string, expected: AppendStreamState): void {
    const current = this.current(streamId);
    const holds = expected === ANY || (expected === NO_STREAM ? current === null : current === expected);
    if (!holds)
      throw new WrongExpectedVersionError(undefined, { streamName: streamId, expected, current: current ?? NO_STREAM });
  }

  private replayOf(streamId: string, events: EventData[]): bigint | null {
    const stored = events.map((e) => this.log.find((s) => s.id === e.id && s.streamId === streamId));
    return stored.every(Boolean) && stored.length ? stored[stored.length - 1]!.revision : null;
  }

  private write(streamId: string, events: EventData[]): bigint {
    let revision = this.current(streamId) ?? -1n;
    for (const e of events) {
      const position = BigInt(this.log.length + 1) * 100n;
      revision += 1n;
      this.log.push({
        streamId,
        id: e.id,
        revision,
        type: e.type,
        data: e.data,
        metadata: JSON.parse(JSON.stringify(e.metadata ?? {})),
        isJson: true,
        created: new Date(),
        position: { commit: position, prepare: position },
      });
    }
    return revision;
  }
}

const newEvent = (type = 'Something', data: Record<string, unknown> = {}): NewEvent => ({
  eventId: randomUUID(),
  type,
  schemaVersion: 3,
  data,
  metadata: { actor: 'alice', correlationId: randomUUID(), attempt: 2 },
});

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error,
  );

describe('KurrentDbEventStore (on an in-memory client)', () => {
  const clock = new FixedClock(new Date('2026-03-01T12:00:00Z'));
  let client: FakeKurrentDbClient;
  let store: KurrentDbEventStore;

  beforeEach(() => {
    client = new FakeKurrentDbClient();
    store = new KurrentDbEventStore(client.asPort(), { clock, timeoutMs: 1000 });
  });

  it('appends with the mapped expected version and the time limit as the deadline, and reads back', async () => {
    const result = await store.append('s-1', [newEvent('A', { n: 1 }), newEvent('B')], 'no-stream');
    expect(client.appendOptions).toEqual([{ streamState: NO_STREAM, deadline: 1000 }]);
    expect(result).toEqual({
      nextExpectedVersion: 1,
      position: { commit: 200n, prepare: 200n },
      idempotentReplay: false,
    });
    const [first] = await store.readStream('s-1');
    expect(first).toMatchObject({ type: 'A', streamVersion: 0, schemaVersion: 3, data: { n: 1 } });
    expect(first.metadata).toEqual({
      actor: 'alice',
      correlationId: expect.any(String),
      attempt: 2,
      recordedAt: '2026-03-01T12:00:00.000Z',
    });
  });

  it('reports a repeated append, which KurrentDB answers like a new one, as an idempotent replay', async () => {
    const events = [newEvent(), newEvent()];
    const first = await store.append('s-1', events, 'no-stream');
    await store.append('s-1', [newEvent()], 1);
    const again = await store.append('s-1', events, 'no-stream');
    expect(again).toEqual({ ...first, idempotentReplay: true });
    expect(await store.readStream('s-1')).toHaveLength(3);
  });

  it('turns a wrong expected version into VERSION_CONFLICT with the stream, expectation and actual version', async () => {
    await store.append('s-1', [newEvent()], 'no-stream');
    const error = await failure(store.append('s-1', [newEvent()], 5));
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({
      code: VERSION_CONFLICT,
      kind: 'conflict',
      details: { streamId: 's-1', expected: 5, actual: 0 },
    });
    expect(await failure(store.append('s-2', [newEvent()], 0))).toMatchObject({ details: { actual: null } });
  });

  it('appends to several streams at once, naming the stream whose expectation failed', async () => {
    await store.append('a', [newEvent()], 'no-stream');
    const error = await failure(
      store.appendMulti([
        { streamId: 'a', events: [newEvent()], expected: 0 },
        { streamId: 'b', events: [newEvent()], expected: 3 },
      ]),
    );
    expect(error).toMatchObject({ code: VERSION_CONFLICT, details: { streamId: 'b', expected: 3, actual: null } });
    const results = await store.appendMulti([
      { streamId: 'a', events: [newEvent()], expected: 0 },
      { streamId: 'b', events: [newEvent('B', { x: 1 })], expected: 'no-stream' },
    ]);
    expect(results.map((r) => [r.nextExpectedVersion, r.idempotentReplay])).toEqual([
      [1, false],
      [0, false],
    ]);
    const [b] = await store.readStream('b');
    expect(b).toMatchObject({ schemaVersion: 3, data: { x: 1 }, metadata: { attempt: 2, actor: 'alice' } });
    expect(Object.keys(b.metadata).some((k) => k.startsWith('$'))).toBe(false);
  });

  it('refuses an empty append, as the PostgreSQL store does', async () => {
    expect(await failure(store.append('s', [], 'any'))).toMatchObject({ code: 'EVENT_STORE.EMPTY_APPEND' });
  });

  it('reads a stream between versions and up to a recorded instant; an unknown stream is empty', async () => {
    clock.set('2026-03-01T12:00:00Z');
    await store.append('s', [newEvent('V0'), newEvent('V1')], 'no-stream');
    clock.set('2026-03-02T12:00:00Z');
    await store.append('s', [newEvent('V2'), newEvent('V3')], 1);
    const types = async (options: Parameters<KurrentDbEventStore['readStream']>[1]) =>
      (await store.readStream('s', options)).map((e) => e.type);
    expect(await types({ fromVersion: 1, toVersion: 2 })).toEqual(['V1', 'V2']);
    expect(await types({ toVersion: 0 })).toEqual(['V0']);
    expect(await types({ fromVersion: 3, toVersion: 2 })).toEqual([]);
    expect(await types({ recordedUpTo: new Date('2026-03-02T11:59:59Z') })).toEqual(['V0', 'V1']);
    expect(await store.readStream('nothing')).toEqual([]);
  });

  it('gives the last version of a stream, or null', async () => {
    await store.append('s', [newEvent(), newEvent(), newEvent()], 'any');
    expect(await store.streamVersion('s')).toBe(2);
    expect(await store.streamVersion('nothing')).toBeNull();
  });

  it('reads the global order after `from`, without system events, filtering them at the server', async () => {
    await store.append('a', [newEvent('A0')], 'no-stream');
    client.systemEvent();
    await store.append('b', [newEvent('B0'), newEvent('B1')], 'no-stream');
    const first = await store.readAll(PORT_START, 2);
    expect(first.events.map((e) => e.type)).toEqual(['A0', 'B0']);
    expect(client.readAllCalls[0]).toMatchObject({ fromPosition: START, filter: { regex: '^[^$].*' } });
    const second = await store.readAll(first.next, 2);
    expect(second.events.map((e) => e.type)).toEqual(['B1']);
    expect(await store.readAll(second.next, 2)).toEqual({ events: [], next: second.next });
  });

  it('keeps reading past a stretch of events it skips, so a batch is empty only at the end', async () => {
    await store.append('a', [newEvent('First')], 'no-stream');
    for (let i = 0; i < 5; i++) await store.append('$internal', [newEvent('NotDollarTyped')], 'any');
    await store.append('a', [newEvent('Last')], 0);
    const batch = await store.readAll(PORT_START, 2);
    expect(batch.events.map((e) => e.type)).toEqual(['First', 'Last']);
    expect(client.readAllCalls.length).toBeGreaterThan(1);
  });

  it('follows the global order by polling until aborted', async () => {
    const controller = new AbortController();
    const seen: string[] = [];
    const following = (async () => {
      for await (const event of store.subscribeToAll(PORT_START, { signal: controller.signal, idleDelayMs: 5 })) {
        seen.push(event.type);
        if (seen.length === 2) controller.abort();
      }
    })();
    await store.append('s', [newEvent('One')], 'no-stream');
    await store.append('s', [newEvent('Two')], 0);
    await following;
    expect(seen).toEqual(['One', 'Two']);
  });

  it('disposes the client on close', async () => {
    await store.close();
    expect(client.disposed).toBe(true);
  });
});
