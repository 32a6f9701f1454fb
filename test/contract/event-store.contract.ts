import { DomainError } from '../../src/shared/domain-error.js';
import { FixedClock, type Clock } from '../../src/shared/clock.js';
import { START, comparePositions, type RecordedEvent } from '../../src/shared/event.js';
import { VERSION_CONFLICT, type EventStore } from '../../src/event-store/event-store.port.js';
import { newEvent, uniqueStream } from '../support/events.js';

export interface ContractSubject {
  store: EventStore;
  close: () => Promise<void>;
  /**
   * Starts an append in a transaction that stays open until `commit` is called. Only stores with
   * concurrent transactions have it; the late-commit test needs it.
   */
  beginHeldAppend?: (streamId: string) => Promise<{ commit: () => Promise<void> }>;
}

const readEverything = async (store: EventStore): Promise<RecordedEvent[]> => {
  const all: RecordedEvent[] = [];
  let from = START;
  for (;;) {
    const batch = await store.readAll(from, 100);
    all.push(...batch.events);
    if (batch.events.length === 0) return all;
    from = batch.next;
  }
};

const codeOf = async (promise: Promise<unknown>): Promise<string> =>
  promise.then(
    () => 'ok',
    (error: unknown) => (error instanceof DomainError ? error.code : `unexpected: ${String(error)}`),
  );

/** One behaviour, every adapter: each adapter's spec calls this with a way to open a fresh store. */
export function eventStoreContract(name: string, open: (clock: Clock) => Promise<ContractSubject>): void {
  describe(`event store contract: ${name}`, () => {
    const clock = new FixedClock(new Date('2026-01-01T09:00:00Z'));
    let subject: ContractSubject;
    let store: EventStore;
    beforeAll(async () => {
      subject = await open(clock);
      store = subject.store;
    });
    afterAll(() => subject?.close());

    it('appends to a new stream and reads it back in order with metadata', async () => {
      const stream = uniqueStream();
      const result = await store.append(
        stream,
        [newEvent('A', { n: 1 }, 'alice'), newEvent('B', { n: 2 })],
        'no-stream',
      );
      expect(result.nextExpectedVersion).toBe(1);
      const events = await store.readStream(stream);
      expect(events.map((e) => [e.type, e.streamVersion, e.data.n])).toEqual([
        ['A', 0, 1],
        ['B', 1, 2],
      ]);
      expect(events[0].metadata).toMatchObject({ actor: 'alice', recordedAt: clock.now().toISOString() });
      expect(events[0].metadata.correlationId).toEqual(expect.any(String));
      expect(await store.streamVersion(stream)).toBe(1);
      expect(await store.streamVersion(uniqueStream())).toBeNull();
      expect(await store.readStream(uniqueStream())).toEqual([]);
    });

    it('reads a stream of more than ten events in numeric version order', async () => {
      const stream = uniqueStream();
      await store.append(
        stream,
        Array.from({ length: 12 }, (_, n) => newEvent('N', { n })),
        'no-stream',
      );
      const events = await store.readStream(stream);
      expect(events.map((e) => e.streamVersion)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
      expect(events.map((e) => e.data.n)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    });

    it('enforces expected versions: no-stream, exact and any', async () => {
      const stream = uniqueStream();
      await store.append(stream, [newEvent()], 'no-stream');
      expect(await codeOf(store.append(stream, [newEvent()], 'no-stream'))).toBe(VERSION_CONFLICT);
      expect(await codeOf(store.append(stream, [newEvent()], 5))).toBe(VERSION_CONFLICT);
      expect(await codeOf(store.append(uniqueStream(), [newEvent()], 0))).toBe(VERSION_CONFLICT);
      expect((await store.append(stream, [newEvent()], 0)).nextExpectedVersion).toBe(1);
      expect((await store.append(stream, [newEvent()], 'any')).nextExpectedVersion).toBe(2);
      expect((await store.append(uniqueStream(), [newEvent()], 'any')).nextExpectedVersion).toBe(0);
    });

    it('lets exactly one of 20 concurrent appends at one expected version win, losing none', async () => {
      const stream = uniqueStream();
      await store.append(stream, [newEvent('Start')], 'no-stream');
      const attempts = Array.from({ length: 20 }, (_, i) => newEvent('Attempt', { i }));
      const outcomes = await Promise.all(attempts.map((e) => codeOf(store.append(stream, [e], 0))));
      expect(outcomes.filter((o) => o === 'ok')).toHaveLength(1);
      expect(outcomes.filter((o) => o === VERSION_CONFLICT)).toHaveLength(19);
      const events = await store.readStream(stream);
      expect(events).toHaveLength(2);
      const winner = attempts[outcomes.indexOf('ok')];
      expect(events[1].eventId).toBe(winner.eventId);
    });

    it('appends to several streams atomically, or not at all', async () => {
      const [a, b] = [uniqueStream(), uniqueStream()];
      await store.append(a, [newEvent()], 'no-stream');
      const code = await codeOf(
        store.appendMulti([
          { streamId: a, events: [newEvent()], expected: 0 },
          { streamId: b, events: [newEvent()], expected: 3 },
        ]),
      );
      expect(code).toBe(VERSION_CONFLICT);
      expect(await store.readStream(a)).toHaveLength(1);
      expect(await store.readStream(b)).toHaveLength(0);
      const results = await store.appendMulti([
        { streamId: a, events: [newEvent()], expected: 0 },
        { streamId: b, events: [newEvent(), newEvent()], expected: 'no-stream' },
      ]);
      expect(results.map((r) => r.nextExpectedVersion)).toEqual([1, 1]);
    });

    it('is idempotent by event id: a repeated append returns the first outcome and stores nothing', async () => {
      const stream = uniqueStream();
      const events = [newEvent('A'), newEvent('B')];
      const first = await store.append(stream, events, 'no-stream');
      const again = await store.append(stream, events, 'no-stream');
      expect(again.idempotentReplay).toBe(true);
      expect(again.nextExpectedVersion).toBe(first.nextExpectedVersion);
      expect(comparePositions(again.position, first.position)).toBe(0);
      expect(await store.readStream(stream)).toHaveLength(2);
    });

    it('recognises a retry decided on the stream as it was before its events, after others appended', async () => {
      // What a retried command does after a crash (ADR 0010): the same ids at the version it first read.
      const stream = uniqueStream();
      await store.append(stream, [newEvent('Before')], 'no-stream');
      const ours = [newEvent('Ours1'), newEvent('Ours2')];
      const first = await store.append(stream, ours, 0);
      await store.append(stream, [newEvent('Later')], 2);
      const retry = await store.append(stream, ours, 0);
      expect(retry).toEqual({ ...first, idempotentReplay: true });
      expect((await store.readStream(stream)).map((e) => e.type)).toEqual(['Before', 'Ours1', 'Ours2', 'Later']);
    });

    it('finds a stored event by its id, where the store can', async () => {
      if (!store.eventById) return; // optional in the port: KurrentDB has no index by event id
      const stream = uniqueStream();
      const event = newEvent('Findable');
      await store.append(stream, [newEvent('First'), event], 'no-stream');
      expect(await store.eventById(event.eventId)).toMatchObject({
        streamId: stream,
        streamVersion: 1,
        type: 'Findable',
      });
      expect(await store.eventById(newEvent('Never').eventId)).toBeNull();
    });

    it('reads a stream from a version, up to a version and up to a recorded instant', async () => {
      const stream = uniqueStream();
      clock.set('2026-02-01T10:00:00Z');
      await store.append(stream, [newEvent('V0'), newEvent('V1')], 'no-stream');
      clock.set('2026-02-02T10:00:00Z');
      await store.append(stream, [newEvent('V2'), newEvent('V3')], 1);
      const types = (events: RecordedEvent[]) => events.map((e) => e.type);
      expect(types(await store.readStream(stream, { fromVersion: 1, toVersion: 2 }))).toEqual(['V1', 'V2']);
      expect(types(await store.readStream(stream, { recordedUpTo: new Date('2026-02-01T23:59:59Z') }))).toEqual([
        'V0',
        'V1',
      ]);
      expect(types(await store.readStream(stream, { recordedUpTo: new Date('2026-02-02T10:00:00Z') }))).toHaveLength(4);
      expect(await store.readStream(stream, { recordedUpTo: new Date('2026-01-31T00:00:00Z') })).toEqual([]);
    });

    it('reads the global order in batches: every event once, streams in version order', async () => {
      const streams = [uniqueStream(), uniqueStream(), uniqueStream()];
      for (let round = 0; round < 3; round++)
        for (const s of streams)
          await store.append(s, [newEvent('G', { round })], round === 0 ? 'no-stream' : round - 1);
      const all = await readEverything(store);
      const ours = all.filter((e) => streams.includes(e.streamId));
      expect(ours).toHaveLength(9);
      expect(new Set(all.map((e) => e.eventId)).size).toBe(all.length);
      for (let i = 1; i < all.length; i++)
        expect(comparePositions(all[i - 1].position, all[i].position)).toBeLessThan(0);
      for (const s of streams) expect(ours.filter((e) => e.streamId === s).map((e) => e.data.round)).toEqual([0, 1, 2]);
    });

    it('counts the committed events after a position, up to a cap, where the store can', async () => {
      if (!store.countAfter) return; // optional in the port: status pages then count with readAll
      const base = await store.countAfter(START, 1_000_000);
      const stream = uniqueStream();
      await store.append(stream, [newEvent('C1'), newEvent('C2'), newEvent('C3')], 'no-stream');
      expect(await store.countAfter(START, 1_000_000)).toBe(base + 3);
      // At most cap + 1 are counted, so a long backlog costs no more than the cap.
      expect(await store.countAfter(START, 1)).toBe(2);
      const [first] = await store.readStream(stream);
      expect(await store.countAfter(first.position, 100)).toBe(2);
    });

    it('follows the global order live', async () => {
      const controller = new AbortController();
      const stream = uniqueStream('live');
      const seen: string[] = [];
      const following = (async () => {
        for await (const event of store.subscribeToAll(START, { signal: controller.signal, idleDelayMs: 20 })) {
          if (event.streamId !== stream) continue;
          seen.push(event.type);
          if (seen.length === 2) controller.abort();
        }
      })();
      await store.append(stream, [newEvent('First')], 'no-stream');
      await store.append(stream, [newEvent('Second')], 0);
      await Promise.race([
        following,
        new Promise((_, reject) => setTimeout(() => reject(new Error('not followed')), 5000).unref()),
      ]);
      expect(seen).toEqual(['First', 'Second']);
    });

    const lateCommit = () => subject.beginHeldAppend;
    it('never lets a global reader skip an event whose transaction commits late', async () => {
      if (!lateCommit()) {
        console.warn(`${name}: late-commit case not applicable (the store has no concurrent transactions)`);
        return;
      }
      const before = await readEverything(store);
      const from = before.length ? before[before.length - 1].position : START;
      const late = uniqueStream('late');
      const early = uniqueStream('early');
      const held = await lateCommit()!(late);
      await store.append(early, [newEvent('CommittedFirst')], 'no-stream');
      const whileOpen = await store.readAll(from, 100);
      expect(whileOpen.events.map((e) => e.streamId)).not.toContain(early);
      await held.commit();
      const after = await store.readAll(whileOpen.next, 100);
      const order = after.events.map((e) => e.streamId).filter((s) => s === late || s === early);
      expect(order).toEqual([late, early]);
    });
  });
}
