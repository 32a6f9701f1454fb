import type { GlobalPosition, RecordedEvent } from '../shared/event.js';

/**
 * The audit view of the store: the global order filtered by stream, type, actor and recorded-at,
 * read in pages. Kept apart from the event-store port because only auditors need it and each
 * adapter answers it its own way (SQL on PostgreSQL, a scan on KurrentDB).
 */
export interface EventLogFilter {
  streamId?: string;
  type?: string;
  actor?: string;
  /** Recorded at or after this instant. */
  from?: Date;
  /** Recorded strictly before this instant. */
  to?: Date;
  /** Only events after this position in the global order. */
  after?: GlobalPosition;
}

/** A stored event with everything needed to recompute its hash. */
export interface LoggedEvent extends RecordedEvent {
  /** The predecessor's hash as stored with the event (empty for a stream's first event). */
  prevHash: string;
}

export interface EventLogPage {
  events: LoggedEvent[];
  /** Position of the last event returned when more may follow, else null. */
  next: GlobalPosition | null;
}

export interface EventLogReader {
  page(filter: EventLogFilter, limit: number): Promise<EventLogPage>;
}

export const EVENT_LOG_READER = Symbol('EVENT_LOG_READER');

/** Every matching event, page after page, without holding more than one page in memory. */
export async function* readEventLog(
  reader: EventLogReader,
  filter: EventLogFilter,
  pageSize = 1000,
): AsyncIterable<LoggedEvent> {
  let after = filter.after;
  for (;;) {
    const page = await reader.page({ ...filter, after }, pageSize);
    yield* page.events;
    if (!page.next) return;
    after = page.next;
  }
}

const CURSOR = /^(\d{1,20})\.(\d{1,20})$/;

/** A position as an opaque cursor for clients; only `parseCursor` needs to understand it. */
export const positionCursor = (position: GlobalPosition): string => `${position.commit}.${position.prepare}`;

export const parseCursor = (cursor: string): GlobalPosition | null => {
  const match = CURSOR.exec(cursor);
  return match ? { commit: BigInt(match[1]), prepare: BigInt(match[2]) } : null;
};

export const isCursor = (value: unknown): value is string => typeof value === 'string' && CURSOR.test(value);
