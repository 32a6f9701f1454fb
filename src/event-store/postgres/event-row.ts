import type { EventMetadata, RecordedEvent } from '../../shared/event.js';

/** Columns selected whenever events are read; positions come back as text to keep bigint exact. */
export const EVENT_COLUMNS = `event_id, stream_id, stream_version::text AS stream_version,
  transaction_id::text AS commit_position, global_position::text AS prepare_position,
  type, schema_version, data, metadata, hash`;

export interface EventRow {
  event_id: string;
  stream_id: string;
  stream_version: string;
  commit_position: string;
  prepare_position: string;
  type: string;
  schema_version: number;
  data: Record<string, unknown>;
  metadata: EventMetadata;
  hash: string;
}

export const toRecordedEvent = (row: EventRow): RecordedEvent => ({
  eventId: row.event_id,
  streamId: row.stream_id,
  streamVersion: Number(row.stream_version),
  position: { commit: BigInt(row.commit_position), prepare: BigInt(row.prepare_position) },
  type: row.type,
  schemaVersion: row.schema_version,
  data: row.data,
  metadata: row.metadata,
  hash: row.hash,
});
