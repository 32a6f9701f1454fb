import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import {
  EVENT_LOG_READER,
  positionCursor,
  type EventLogReader,
  type LoggedEvent,
} from '../../event-store/event-log.js';
import type { EventMetadata } from '../../shared/event.js';
import { toEventLogFilter, type EventRange } from './event-log-filter.js';

export interface EventLogEntry {
  position: string;
  eventId: string;
  streamId: string;
  version: number;
  type: string;
  schemaVersion: number;
  recordedAt: string;
  data: Record<string, unknown>;
  metadata: EventMetadata;
  prevHash: string;
  hash: string;
}

export interface EventLogPageView {
  items: EventLogEntry[];
  next: string | null;
}

export class ListEventsQuery extends Query<EventLogPageView> {
  constructor(
    readonly range: EventRange,
    readonly limit: number,
  ) {
    super();
  }
}

export const toEventLogEntry = (event: LoggedEvent): EventLogEntry => ({
  position: positionCursor(event.position),
  eventId: event.eventId,
  streamId: event.streamId,
  version: event.streamVersion,
  type: event.type,
  schemaVersion: event.schemaVersion,
  recordedAt: event.metadata.recordedAt,
  data: event.data,
  metadata: event.metadata,
  prevHash: event.prevHash,
  hash: event.hash,
});

/** One page of the global order, filtered; `next` is the cursor to pass as `after`, null at the end. */
@QueryHandler(ListEventsQuery)
export class ListEventsHandler implements IQueryHandler<ListEventsQuery> {
  constructor(@Inject(EVENT_LOG_READER) private readonly reader: EventLogReader) {}

  async execute({ range, limit }: ListEventsQuery): Promise<EventLogPageView> {
    const page = await this.reader.page(toEventLogFilter(range), limit);
    return { items: page.events.map(toEventLogEntry), next: page.next && positionCursor(page.next) };
  }
}
