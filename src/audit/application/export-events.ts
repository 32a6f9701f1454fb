import type { Writable } from 'node:stream';
import { readEventLog, type EventLogFilter, type EventLogReader } from '../../event-store/event-log.js';
import { toEventLogEntry } from './list-events.handler.js';

export const EXPORT_CONTENT_TYPE = 'application/x-ndjson';

/**
 * Writes the matching events as JSON Lines, one event per line in global order, each with every
 * field its hash covers (see docs/audit.md). Pages are read one at a time and the writer's
 * back-pressure is respected, so a large range never sits in memory. Returns the events written.
 */
export async function exportEvents(
  reader: EventLogReader,
  filter: EventLogFilter,
  out: Writable,
  onProgress?: (written: number) => void,
): Promise<number> {
  let written = 0;
  for await (const event of readEventLog(reader, filter)) {
    if (out.destroyed) break;
    if (!out.write(JSON.stringify(toEventLogEntry(event)) + '\n')) await drained(out);
    onProgress?.(++written);
  }
  return written;
}

const drained = (out: Writable): Promise<void> =>
  new Promise((resolve) => {
    const done = () => {
      out.off('drain', done);
      out.off('close', done);
      resolve();
    };
    out.on('drain', done);
    out.on('close', done);
  });
