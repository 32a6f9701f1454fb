/** The facts every event carries besides its data: who, why, in answer to what, and when. */
export interface EventMetadata {
  actor: string;
  reason?: string;
  correlationId: string;
  causationId?: string;
  /** ISO instant in UTC at which the store recorded the event. Set by the store. */
  recordedAt: string;
  [extra: string]: unknown;
}

/** What a domain decision produces: a type and its data. Ids and metadata are added on append. */
export interface DomainEvent<T extends string = string, D = Record<string, unknown>> {
  type: T;
  data: D;
  schemaVersion?: number;
}

/** An event ready to append. `eventId` makes the append idempotent. */
export interface NewEvent {
  eventId: string;
  type: string;
  schemaVersion: number;
  data: Record<string, unknown>;
  metadata: Omit<EventMetadata, 'recordedAt'> & { recordedAt?: string };
}

/**
 * A position in the global order. On PostgreSQL `commit` is the writing transaction's id and
 * `prepare` the sequence value; on KurrentDB they are its commit and prepare positions. Either
 * way positions compare as the pair (commit, prepare).
 */
export interface GlobalPosition {
  commit: bigint;
  prepare: bigint;
}

export const START: GlobalPosition = Object.freeze({ commit: -1n, prepare: -1n });

export const comparePositions = (a: GlobalPosition, b: GlobalPosition): number =>
  a.commit === b.commit ? Number(a.prepare - b.prepare) : a.commit < b.commit ? -1 : 1;

export interface RecordedEvent {
  eventId: string;
  streamId: string;
  /** 0-based position of the event within its stream. */
  streamVersion: number;
  position: GlobalPosition;
  type: string;
  schemaVersion: number;
  data: Record<string, unknown>;
  metadata: EventMetadata;
  /** Hash over this event's content and its predecessor's hash (empty where the store has none). */
  hash: string;
}

/** A position as text that sorts like the position itself (fixed-width digits, commit first). */
export const positionKey = (position: GlobalPosition): string =>
  `${position.commit.toString().padStart(20, '0')}:${position.prepare.toString().padStart(20, '0')}`;
