import net from 'node:net';
import { randomUUID } from 'node:crypto';
import { DomainError } from '../../shared/domain-error.js';
import type { NewEvent } from '../../shared/event.js';
import { STORE_UNAVAILABLE } from '../event-store.port.js';
import { KurrentDbEventStore } from './kurrentdb-event-store.js';
import { CallTimedOutError, withDefaultDeadline, withTimeout } from './with-timeout.js';

const failure = async (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (error: unknown) => error,
  );

const event = (): NewEvent => ({
  eventId: randomUUID(),
  type: 'Probed',
  schemaVersion: 1,
  data: {},
  metadata: { actor: 'test', correlationId: randomUUID() },
});

describe('withTimeout', () => {
  it('returns the answer of a call that finishes in time', async () => {
    await expect(withTimeout('op', 1000, async () => 42)).resolves.toBe(42);
  });

  it('turns a call that never answers into STORE_UNAVAILABLE', async () => {
    const error = await failure(withTimeout('op', 20, () => new Promise(() => {})));
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: STORE_UNAVAILABLE, kind: 'unavailable', details: { operation: 'op' } });
  });

  it('turns gRPC UNAVAILABLE and DEADLINE_EXCEEDED, and the client’s own kinds of them, into STORE_UNAVAILABLE', async () => {
    for (const cause of [
      Object.assign(new Error('14 UNAVAILABLE'), { code: 14 }),
      Object.assign(new Error('4 DEADLINE_EXCEEDED'), { code: 4 }),
      Object.assign(new Error('bridge'), { type: 'unavailable' }),
      new CallTimedOutError('op', 1),
    ])
      expect(await failure(withTimeout('op', 1000, () => Promise.reject(cause)))).toMatchObject({
        code: STORE_UNAVAILABLE,
      });
  });

  it('lets every other error through unchanged, including one thrown before the call returns a promise', async () => {
    const conflict = Object.assign(new Error('wrong expected version'), { type: 'wrong-expected-version' });
    expect(await failure(withTimeout('op', 1000, () => Promise.reject(conflict)))).toBe(conflict);
    const thrown = new TypeError('bad argument');
    expect(
      await failure(
        withTimeout('op', 1000, () => {
          throw thrown;
        }),
      ),
    ).toBe(thrown);
  });

  it('puts the time limit in the connection string unless one is there', () => {
    expect(withDefaultDeadline('kurrentdb://h:2113?tls=false', 5000)).toBe(
      'kurrentdb://h:2113?tls=false&defaultDeadline=5000',
    );
    expect(withDefaultDeadline('kurrentdb://h:2113', 5000)).toBe('kurrentdb://h:2113?defaultDeadline=5000');
    expect(withDefaultDeadline('kurrentdb://h:2113?DefaultDeadline=100', 5000)).toBe(
      'kurrentdb://h:2113?DefaultDeadline=100',
    );
  });
});

describe('KurrentDbEventStore against a server that never answers', () => {
  const sockets = new Set<net.Socket>();
  let server: net.Server;
  let store: KurrentDbEventStore;

  beforeAll(async () => {
    // Accepts TCP and then says nothing: the case where the client's own deadlines do not help.
    server = net.createServer((socket) => {
      sockets.add(socket);
      socket.on('error', () => {});
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as net.AddressInfo;
    store = KurrentDbEventStore.connect(`kurrentdb://127.0.0.1:${port}?tls=false`, { timeoutMs: 1000 });
  });

  afterAll(async () => {
    await store.close().catch(() => {});
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => server.close(resolve));
  });

  it.each([
    ['streamVersion', () => store.streamVersion(`probe-${randomUUID()}`)],
    ['append', () => store.append(`probe-${randomUUID()}`, [event()], 'no-stream')],
    ['readAll', () => store.readAll({ commit: -1n, prepare: -1n }, 10)],
  ])('cuts %s off with EVENT_STORE.UNAVAILABLE', async (_name, call) => {
    const started = Date.now();
    const error = await failure(call());
    expect(Date.now() - started).toBeLessThan(3000);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'EVENT_STORE.UNAVAILABLE', kind: 'unavailable' });
  });
});

describe('KurrentDbEventStore with nothing listening', () => {
  it('fails fast with EVENT_STORE.UNAVAILABLE', async () => {
    const probe = net.createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as net.AddressInfo;
    await new Promise((resolve) => probe.close(resolve));
    const store = KurrentDbEventStore.connect(`kurrentdb://127.0.0.1:${port}?tls=false`, { timeoutMs: 3000 });
    try {
      for (const call of [
        () => store.append(`probe-${randomUUID()}`, [event()], 'any'),
        () => store.streamVersion('x'),
      ])
        expect(await failure(call())).toMatchObject({ code: STORE_UNAVAILABLE });
    } finally {
      await store.close();
    }
  });
});
