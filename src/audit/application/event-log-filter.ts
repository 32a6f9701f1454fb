import { parseCursor, type EventLogFilter } from '../../event-store/event-log.js';
import { invalid } from '../../shared/domain-error.js';

/** What the event log and the export are asked for, as the client wrote it (already validated in shape). */
export interface EventRange {
  streamId?: string;
  type?: string;
  actor?: string;
  from?: string;
  to?: string;
  after?: string;
}

/** Turns a validated request into a reader filter; an empty range or a bad cursor is refused. */
export const toEventLogFilter = ({ streamId, type, actor, from, to, after }: EventRange): EventLogFilter => {
  const filter: EventLogFilter = { streamId, type, actor };
  if (from) filter.from = new Date(from);
  if (to) filter.to = new Date(to);
  if (filter.from && filter.to && filter.from >= filter.to)
    throw invalid('AUDIT.INVALID_RANGE', 'from must be before to');
  if (after !== undefined) {
    const position = parseCursor(after);
    if (!position) throw invalid('AUDIT.INVALID_CURSOR', 'after must be a cursor returned as next by a previous page');
    filter.after = position;
  }
  return filter;
};
