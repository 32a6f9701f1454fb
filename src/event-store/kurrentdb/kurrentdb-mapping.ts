import {
  ANY,
  NO_STREAM,
  START as KURRENT_START,
  type AllStreamResolvedEvent,
  type CurrentStreamState,
  type JSONEventData,
  type ReadPosition,
  type RecordedEvent as KurrentRecordedEvent,
  type StreamState,
} from '@kurrent/kurrentdb-client';
import {
  comparePositions,
  type EventMetadata,
  type GlobalPosition,
  type NewEvent,
  type RecordedEvent,
} from '../../shared/event.js';
import type { ExpectedVersion, ReadAllBatch } from '../event-store.port.js';

/**
 * Keys this adapter adds to an event's metadata. `$` marks them as ours, apart from the caller's
 * fields, and they are removed again on read.
 */
export const SCHEMA_VERSION_KEY = '$schemaVersion';
/** Caller fields whose values are not strings, as one JSON document (see encodeMetadata). */
export const JSON_FIELDS_KEY = '$json';
/** A fresh id per append call: reading it back tells a new write from KurrentDB's silent dedup. */
export const WRITE_ID_KEY = '$writeId';
/** The server adds `$schema.name` and `$schema.format` to events written by multiStreamAppend. */
const SERVER_SCHEMA_PREFIX = '$schema.';

export const toStreamState = (expected: ExpectedVersion): StreamState =>
  expected === 'any' ? ANY : expected === 'no-stream' ? NO_STREAM : BigInt(expected);

/** KurrentDB reports a missing stream as `no_stream` (and -1 where it sends a number). */
export const actualVersion = (state: CurrentStreamState): number | null =>
  typeof state === 'bigint' && state >= 0n ? Number(state) : null;

/**
 * multiStreamAppend accepts only string-valued metadata, so both append paths store the same
 * string map: string fields as they are, every other field inside one JSON string. An event then
 * reads back the same whichever path wrote it, and stays legible in the KurrentDB UI.
 */
export const encodeMetadata = (event: NewEvent, recordedAt: string, writeId: string): Record<string, string> => {
  const strings: Record<string, string> = {};
  const others: Record<string, unknown> = {};
  for (const [key, value] of Object.entries({ ...event.metadata, recordedAt })) {
    if (typeof value === 'string') strings[key] = value;
    else if (value !== undefined) others[key] = value;
  }
  if (Object.keys(others).length) strings[JSON_FIELDS_KEY] = JSON.stringify(others);
  strings[SCHEMA_VERSION_KEY] = String(event.schemaVersion);
  strings[WRITE_ID_KEY] = writeId;
  return strings;
};

export interface DecodedMetadata {
  metadata: EventMetadata;
  schemaVersion: number;
  writeId?: string;
}

export const decodeMetadata = (raw: unknown): DecodedMetadata => {
  const stored = isPlainObject(raw) ? raw : {};
  const metadata: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(stored)) {
    if (key === SCHEMA_VERSION_KEY || key === WRITE_ID_KEY || key.startsWith(SERVER_SCHEMA_PREFIX)) continue;
    if (key === JSON_FIELDS_KEY && typeof value === 'string') Object.assign(metadata, parseObject(value));
    else metadata[key] = value;
  }
  const schemaVersion = Number(stored[SCHEMA_VERSION_KEY] ?? 1);
  return {
    metadata: metadata as EventMetadata,
    schemaVersion: Number.isFinite(schemaVersion) ? schemaVersion : 1,
    writeId: typeof stored[WRITE_ID_KEY] === 'string' ? stored[WRITE_ID_KEY] : undefined,
  };
};

export const toEventData = (event: NewEvent, recordedAt: string, writeId: string): JSONEventData => ({
  id: event.eventId,
  contentType: 'application/json',
  type: event.type,
  data: event.data,
  metadata: encodeMetadata(event, recordedAt, writeId),
});

/**
 * `hash` stays empty: KurrentDB keeps its own checksums on the log, and the hash chain is the
 * PostgreSQL adapter's answer to rows being editable in place, which KurrentDB's are not.
 */
export const toRecordedEvent = (event: KurrentRecordedEvent): RecordedEvent => {
  if (!event.position) throw new Error(`KurrentDB returned event ${event.id} without a position (server < 22.6?)`);
  const { metadata, schemaVersion } = decodeMetadata(event.metadata);
  return {
    eventId: event.id,
    streamId: event.streamId,
    streamVersion: Number(event.revision),
    position: { commit: BigInt(event.position.commit), prepare: BigInt(event.position.prepare) },
    type: event.type,
    schemaVersion,
    data: event.isJson ? asObject(event.data) : parseObject(Buffer.from(event.data).toString('utf8')),
    metadata,
    hash: '',
  };
};

/** KurrentDB's own bookkeeping ($metadata, $>, $statsCollected, $-streams) is no domain event. */
export const isSystemEvent = (event: { type: string; streamId: string }): boolean =>
  event.type.startsWith('$') || event.streamId.startsWith('$');

/** The port's START sits before every event; KurrentDB wants its own constant for that. */
export const toReadPosition = (from: GlobalPosition): ReadPosition =>
  from.commit < 0n ? KURRENT_START : { commit: from.commit, prepare: from.prepare };

/**
 * A read of $all from a position includes the event at that position, so everything up to
 * `from` is dropped. `next` also moves past system events skipped here, so that a stretch of
 * them cannot hold a reader in place.
 */
export const selectAfter = (resolved: AllStreamResolvedEvent[], from: GlobalPosition, limit: number): ReadAllBatch => {
  const events: RecordedEvent[] = [];
  let next = from;
  for (const { event } of resolved) {
    if (events.length >= limit) break;
    if (!event?.position) continue;
    const position = { commit: BigInt(event.position.commit), prepare: BigInt(event.position.prepare) };
    if (comparePositions(position, from) <= 0) continue;
    next = position;
    if (!isSystemEvent(event)) events.push(toRecordedEvent(event));
  }
  return { events, next };
};

/** "As the system knew it then": recordedAt is ours, set on append, so it is compared as an instant. */
export const recordedBy =
  (upTo?: Date) =>
  (event: RecordedEvent): boolean =>
    !upTo || Date.parse(event.metadata.recordedAt) <= upTo.getTime();

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array);

const asObject = (value: unknown): Record<string, unknown> => (isPlainObject(value) ? value : {});

const parseObject = (text: string): Record<string, unknown> => {
  try {
    return asObject(JSON.parse(text));
  } catch {
    return {};
  }
};
