import type { GlobalPosition, RecordedEvent } from '../shared/event.js';
import type { EventStore, SubscribeOptions } from './event-store.port.js';

/**
 * Live following as repeated global reads. Each read is safe against late commits, so following
 * is too; a quiet store costs one small query per idle delay.
 */
export async function* subscribeByPolling(
  store: Pick<EventStore, 'readAll'>,
  from: GlobalPosition,
  { batchSize = 500, signal, idleDelayMs = 100 }: SubscribeOptions = {},
): AsyncIterable<RecordedEvent> {
  let position = from;
  while (!signal?.aborted) {
    const batch = await store.readAll(position, batchSize);
    for (const event of batch.events) {
      if (signal?.aborted) return;
      yield event;
    }
    position = batch.next;
    if (batch.events.length < batchSize) await sleep(idleDelayMs, signal);
  }
}

export const sleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
