import type { EventStore } from '../src/event-store/event-store.port.js';
import { START } from '../src/shared/event.js';
import { progress, seconds } from './report.js';
import type { ReadFigure } from './results.js';

/** Reads the whole global order from the start with `readAll`, `batchSize` events at a time. */
export async function benchRead(store: EventStore, batchSize: number): Promise<ReadFigure> {
  const started = performance.now();
  let position = START;
  let events = 0;
  let nextReport = 250_000;
  for (;;) {
    const batch = await store.readAll(position, batchSize);
    if (batch.events.length === 0) break;
    events += batch.events.length;
    position = batch.next;
    if (events >= nextReport) {
      progress(`read: ${events} events`);
      nextReport += 250_000;
    }
  }
  const elapsed = seconds(started);
  return { events, batchSize, seconds: elapsed, perSecond: events / elapsed };
}
