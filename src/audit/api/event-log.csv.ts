import { columns, csvShape } from '../../http/csv/csv-shape.js';
import type { EventLogItem, EventLogPageResponse } from './event-log.response.js';

/**
 * GET /api/audit/events as CSV: one row per event of the page; the data and the whole metadata
 * as JSON text, the usual metadata fields also in columns of their own. `X-Next-Cursor` carries
 * `next` (absent at the end).
 */
export const EVENT_LOG_CSV = csvShape<EventLogPageResponse, EventLogItem>({
  file: 'events',
  rows: (page) => page.items,
  headers: (page): Record<string, string> => (page.next ? { 'X-Next-Cursor': page.next } : {}),
  columns: columns<EventLogItem>(
    ['position', (e) => e.position],
    ['event_id', (e) => e.eventId],
    ['stream_id', (e) => e.streamId],
    ['version', (e) => e.version],
    ['type', (e) => e.type],
    ['schema_version', (e) => e.schemaVersion],
    ['recorded_at', (e) => e.recordedAt],
    ['actor', (e) => e.metadata.actor],
    ['reason', (e) => e.metadata.reason],
    ['correlation_id', (e) => e.metadata.correlationId],
    ['import_file', (e) => (e.metadata.import as { file?: string } | undefined)?.file],
    ['import_line', (e) => (e.metadata.import as { line?: number } | undefined)?.line],
    ['data', (e) => JSON.stringify(e.data)],
    ['metadata', (e) => JSON.stringify(e.metadata)],
    ['prev_hash', (e) => e.prevHash],
    ['hash', (e) => e.hash],
  ),
});
