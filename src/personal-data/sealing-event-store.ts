import type {
  AppendResult,
  EventStore,
  ExpectedVersion,
  LayeredEventStore,
  ReadAllBatch,
  ReadStreamOptions,
  StreamAppend,
  SubscribeOptions,
} from '../event-store/event-store.port.js';
import { subscribeByPolling } from '../event-store/subscribe-by-polling.js';
import type { GlobalPosition, NewEvent, RecordedEvent } from '../shared/event.js';
import { ERASED, personalPartsOf, stringAt, withStringAt, type FieldPath } from './domain/personal-fields.js';
import type { PersonalKeys } from './personal-keys.js';
import { isSealed, open, seal } from './sealed-value.js';

/** A sealed value opens only in the event, field and person it was sealed for. */
const binding = (subject: string, eventId: string, path: FieldPath): string =>
  `${subject}\n${eventId}\n${path.join('.')}`;

type Sealable = Pick<NewEvent, 'eventId' | 'type' | 'data' | 'metadata'>;

/** (subject, path) of every personal string in the event that `wanted` picks. */
function personalStrings(event: Sealable, wanted: (value: string) => boolean) {
  const parts = personalPartsOf(event.type, event.data);
  if (!parts) return [];
  return parts.paths.flatMap((path) => {
    const value = stringAt(event, path);
    return value !== undefined && wanted(value) ? [{ subject: parts.subject, path, value }] : [];
  });
}

/**
 * Crypto-shredding around any event store (ADR 0080): personal values are sealed under their
 * person's key on the way in, and opened on the way out, reading `[erased]` once the key is gone.
 * The store below keeps, hashes and chains only sealed values, so destroying a key changes no
 * stored byte and the hash chain still verifies. Keys are looked up per call, never cached, so
 * an erasure holds at once for every instance.
 */
export class SealingEventStore implements LayeredEventStore {
  readonly appendBatch?: EventStore['appendBatch'];
  readonly eventById?: EventStore['eventById'];
  readonly countAfter?: EventStore['countAfter'];

  constructor(
    /** The store that holds the sealed events (verify, exports and the audit log read it raw). */
    readonly beneath: EventStore,
    private readonly keys: PersonalKeys,
  ) {
    const inner = beneath;
    const { appendBatch, eventById, countAfter } = inner;
    if (appendBatch)
      this.appendBatch = async (batch, onProgress) => appendBatch.call(inner, await this.sealBatch(batch), onProgress);
    if (eventById)
      this.eventById = async (eventId) => {
        const found = await eventById.call(inner, eventId);
        return found && (await this.openAll([found]))[0];
      };
    if (countAfter) this.countAfter = (from, cap) => countAfter.call(inner, from, cap);
  }

  async append(streamId: string, events: NewEvent[], expected: ExpectedVersion): Promise<AppendResult> {
    const [result] = await this.appendMulti([{ streamId, events, expected }]);
    return result;
  }

  async appendMulti(appends: StreamAppend[]): Promise<AppendResult[]> {
    return this.beneath.appendMulti((await this.sealBatch([appends]))[0]);
  }

  async readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> {
    return this.openAll(await this.beneath.readStream(streamId, options));
  }

  streamVersion(streamId: string): Promise<number | null> {
    return this.beneath.streamVersion(streamId);
  }

  async readAll(from: GlobalPosition, limit: number): Promise<ReadAllBatch> {
    const batch = await this.beneath.readAll(from, limit);
    return { ...batch, events: await this.openAll(batch.events) };
  }

  /** Batched reads (one key lookup per batch), each as safe against late commits as `readAll`. */
  subscribeToAll(from: GlobalPosition, options?: SubscribeOptions): AsyncIterable<RecordedEvent> {
    return subscribeByPolling(this, from, options);
  }

  close(): Promise<void> {
    return this.beneath.close();
  }

  private async sealBatch(batch: StreamAppend[][]): Promise<StreamAppend[][]> {
    const events = batch.flatMap((appends) => appends.flatMap((a) => a.events));
    const subjects = events.flatMap((e) => personalStrings(e, (v) => !isSealed(v)).map((p) => p.subject));
    if (subjects.length === 0) return batch;
    const keys = await this.keys.forSealing(subjects);
    return batch.map((appends) =>
      appends.map((a) => ({
        ...a,
        events: a.events.map((e) =>
          personalStrings(e, (v) => !isSealed(v)).reduce((sealed, { subject, path, value }) => {
            const key = keys.get(subject);
            const stored = key ? seal(value, key, binding(subject, e.eventId, path)) : ERASED;
            return withStringAt(sealed, path, stored);
          }, e),
        ),
      })),
    );
  }

  private async openAll(events: RecordedEvent[]): Promise<RecordedEvent[]> {
    const subjects = events.flatMap((e) => personalStrings(e, isSealed).map((p) => p.subject));
    if (subjects.length === 0) return events;
    const keys = await this.keys.forOpening(subjects);
    return events.map((e) =>
      personalStrings(e, isSealed).reduce((opened, { subject, path, value }) => {
        const key = keys.get(subject);
        return withStringAt(opened, path, key ? openOrThrow(value, key, binding(subject, e.eventId, path)) : ERASED);
      }, e),
    );
  }
}

function openOrThrow(value: string, key: Buffer, boundTo: string): string {
  try {
    return open(value, key, boundTo);
  } catch {
    const [subject, eventId, path] = boundTo.split('\n');
    throw new Error(
      `Event ${eventId}: the sealed ${path} of ${subject} does not open with that person's key; ` +
        `the stored event was altered (run verify)`,
    );
  }
}
