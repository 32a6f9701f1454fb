import { ANY, NO_STREAM, START as KURRENT_START, type AllStreamResolvedEvent } from '@kurrent/kurrentdb-client';
import { START, type NewEvent } from '../../shared/event.js';
import {
  JSON_FIELDS_KEY,
  SCHEMA_VERSION_KEY,
  WRITE_ID_KEY,
  actualVersion,
  decodeMetadata,
  encodeMetadata,
  isSystemEvent,
  recordedBy,
  selectAfter,
  toEventData,
  toReadPosition,
  toRecordedEvent,
  toStreamState,
} from './kurrentdb-mapping.js';

const newEvent: NewEvent = {
  eventId: '6f1c2a4e-8a44-4d8e-9d3b-2f4a1f0c9b11',
  type: 'StaffHired',
  schemaVersion: 2,
  data: { staffId: 's-1', fte: 0.8 },
  metadata: { actor: 'alice', correlationId: 'c-1', reason: undefined, attempt: 3, tags: ['a'] },
};
const recordedAt = '2026-01-01T09:00:00.000Z';

/** An event as the client hands it back from a read, with metadata as written by encodeMetadata. */
const stored = (overrides: Record<string, unknown> = {}) =>
  ({
    streamId: 'staff-s-1',
    id: newEvent.eventId,
    revision: 4n,
    type: 'StaffHired',
    data: { staffId: 's-1', fte: 0.8 },
    metadata: encodeMetadata(newEvent, recordedAt, 'w-1'),
    isJson: true,
    created: new Date(),
    position: { commit: 900n, prepare: 850n },
    ...overrides,
  }) as never;

describe('KurrentDB mapping', () => {
  describe('expected version', () => {
    it('maps a version to a bigint revision, no-stream and any to the client constants', () => {
      expect(toStreamState(0)).toBe(0n);
      expect(toStreamState(41)).toBe(41n);
      expect(toStreamState('no-stream')).toBe(NO_STREAM);
      expect(toStreamState('any')).toBe(ANY);
    });

    it('reads a missing stream, in either of the server’s spellings, as null', () => {
      expect(actualVersion(7n)).toBe(7);
      expect(actualVersion('no_stream')).toBeNull();
      expect(actualVersion(-1n)).toBeNull();
    });
  });

  describe('metadata', () => {
    it('stores only strings, as multiStreamAppend requires, with recordedAt, schema version and write id', () => {
      const encoded = encodeMetadata(newEvent, recordedAt, 'w-1');
      expect(Object.values(encoded).every((v) => typeof v === 'string')).toBe(true);
      expect(encoded).toMatchObject({
        actor: 'alice',
        correlationId: 'c-1',
        recordedAt,
        [SCHEMA_VERSION_KEY]: '2',
        [WRITE_ID_KEY]: 'w-1',
      });
      expect(JSON.parse(encoded[JSON_FIELDS_KEY])).toEqual({ attempt: 3, tags: ['a'] });
      expect('reason' in encoded).toBe(false);
    });

    it('lets the store’s clock, not the caller, set recordedAt', () => {
      const claimed = { ...newEvent, metadata: { ...newEvent.metadata, recordedAt: '1999-01-01T00:00:00.000Z' } };
      expect(encodeMetadata(claimed, recordedAt, 'w').recordedAt).toBe(recordedAt);
    });

    it('round-trips, dropping its own keys and the server’s $schema.* properties', () => {
      const written = { ...encodeMetadata(newEvent, recordedAt, 'w-1'), '$schema.name': 'StaffHired' };
      expect(decodeMetadata(written)).toEqual({
        metadata: { actor: 'alice', correlationId: 'c-1', attempt: 3, tags: ['a'], recordedAt },
        schemaVersion: 2,
        writeId: 'w-1',
      });
    });

    it('reads metadata it did not write (none, binary, plain JSON) without failing', () => {
      expect(decodeMetadata(undefined)).toEqual({ metadata: {}, schemaVersion: 1, writeId: undefined });
      expect(decodeMetadata(new Uint8Array([1, 2])).metadata).toEqual({});
      expect(decodeMetadata({ actor: 'bob', count: 2 }).metadata).toEqual({ actor: 'bob', count: 2 });
    });

    it('builds JSON event data with the event id as the KurrentDB event id', () => {
      const data = toEventData(newEvent, recordedAt, 'w-1');
      expect(data).toMatchObject({ id: newEvent.eventId, contentType: 'application/json', type: 'StaffHired' });
      expect(data.data).toEqual(newEvent.data);
    });
  });

  describe('recorded events', () => {
    it('maps a read event to the port’s shape', () => {
      expect(toRecordedEvent(stored())).toEqual({
        eventId: newEvent.eventId,
        streamId: 'staff-s-1',
        streamVersion: 4,
        position: { commit: 900n, prepare: 850n },
        type: 'StaffHired',
        schemaVersion: 2,
        data: { staffId: 's-1', fte: 0.8 },
        metadata: { actor: 'alice', correlationId: 'c-1', attempt: 3, tags: ['a'], recordedAt },
        hash: '',
      });
    });

    it('parses binary JSON data and refuses an event without a position', () => {
      const bytes = new TextEncoder().encode('{"x":1}');
      expect(toRecordedEvent(stored({ isJson: false, data: bytes })).data).toEqual({ x: 1 });
      expect(() => toRecordedEvent(stored({ position: undefined }))).toThrow(/without a position/);
    });

    it('keeps events recorded at or before the instant', () => {
      const event = toRecordedEvent(stored());
      expect(recordedBy(new Date(recordedAt))(event)).toBe(true);
      expect(recordedBy(new Date('2026-01-01T08:59:59.999Z'))(event)).toBe(false);
      expect(recordedBy(undefined)(event)).toBe(true);
    });
  });

  describe('the global order', () => {
    const at = (commit: bigint, type = 'StaffHired', streamId = 'staff-s-1'): AllStreamResolvedEvent =>
      ({ event: stored({ type, streamId, position: { commit, prepare: commit } }) }) as AllStreamResolvedEvent;

    it('treats $-types and $-streams as system events', () => {
      expect(isSystemEvent({ type: '$metadata', streamId: 'staff-1' })).toBe(true);
      expect(isSystemEvent({ type: '$>', streamId: '$ce-staff' })).toBe(true);
      expect(isSystemEvent({ type: 'Counted', streamId: '$stats-127.0.0.1:2113' })).toBe(true);
      expect(isSystemEvent({ type: 'StaffHired', streamId: 'staff-1' })).toBe(false);
    });

    it('reads from the client’s START constant before the first event, else from the position', () => {
      expect(toReadPosition(START)).toBe(KURRENT_START);
      expect(toReadPosition({ commit: 10n, prepare: 9n })).toEqual({ commit: 10n, prepare: 9n });
    });

    it('drops the event at `from` (reads are inclusive) and system events, and stops at the limit', () => {
      const page = [at(10n), at(20n, '$metadata'), at(30n), at(40n), at(50n)];
      const batch = selectAfter(page, { commit: 10n, prepare: 10n }, 2);
      expect(batch.events.map((e) => e.position.commit)).toEqual([30n, 40n]);
      expect(batch.next).toEqual({ commit: 40n, prepare: 40n });
    });

    it('moves past system events even when it returns nothing, and stays put on an empty page', () => {
      const from = { commit: 10n, prepare: 10n };
      expect(selectAfter([at(10n), at(20n, '$statsCollected')], from, 5)).toEqual({
        events: [],
        next: { commit: 20n, prepare: 20n },
      });
      expect(selectAfter([], from, 5)).toEqual({ events: [], next: from });
      expect(selectAfter([at(5n), at(7n)], START, 5).events).toHaveLength(2);
    });
  });
});
