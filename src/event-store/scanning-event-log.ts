import { comparePositions, START, type RecordedEvent } from '../shared/event.js';
import type { EventLogFilter, EventLogPage, EventLogReader, LoggedEvent } from './event-log.js';
import type { EventStore } from './event-store.port.js';

const SCAN_BATCH = 1000;

/**
 * The audit log for a store without SQL (KurrentDB): one stream is read directly, anything else
 * by scanning the global order and filtering. Such a store keeps no hash chain, so `prevHash`
 * and `hash` are empty.
 */
export class ScanningEventLog implements EventLogReader {
  constructor(private readonly store: EventStore) {}

  async page(filter: EventLogFilter, limit: number): Promise<EventLogPage> {
    const found: LoggedEvent[] = [];
    const take = (event: RecordedEvent) => {
      if (matches(filter, event)) found.push({ ...event, prevHash: '' });
      return found.length > limit;
    };
    if (filter.streamId !== undefined) {
      for (const event of await this.store.readStream(filter.streamId)) if (take(event)) break;
    } else {
      let from = filter.after ?? START;
      for (;;) {
        const batch = await this.store.readAll(from, SCAN_BATCH);
        if (batch.events.some(take) || batch.events.length < SCAN_BATCH) break;
        from = batch.next;
      }
    }
    const events = found.slice(0, limit);
    return { events, next: found.length > limit ? events[events.length - 1].position : null };
  }
}

const matches = (filter: EventLogFilter, event: RecordedEvent): boolean => {
  const recordedAt = Date.parse(event.metadata.recordedAt);
  return (
    (filter.streamId === undefined || event.streamId === filter.streamId) &&
    (filter.type === undefined || event.type === filter.type) &&
    (filter.actor === undefined || event.metadata.actor === filter.actor) &&
    (!filter.from || recordedAt >= filter.from.getTime()) &&
    (!filter.to || recordedAt < filter.to.getTime()) &&
    (!filter.after || comparePositions(event.position, filter.after) > 0)
  );
};
