/** Who asks, why, in answer to what, and when: becomes the metadata of every event it causes. */
export interface CommandContext {
  actor: string;
  actorId?: string;
  correlationId: string;
  causationId?: string;
  reason?: string;
  /** Set when the command comes from a row of an imported file: recorded in every event's metadata. */
  import?: ImportOrigin;
  /**
   * Present when the command came with an Idempotency-Key: every retry of it has the same id, and
   * its events and new aggregates get ids derived from it (command-ids.ts), so a retry of an attempt
   * that committed writes nothing new. Stored in each event's metadata.
   */
  commandId?: string;
  now: Date;
}

/**
 * The file row a command came from. `rowKey` is a digest of the row's content (not its place in the
 * file), so the same row imported again, from this file or another, is recognised as already in.
 */
export interface ImportOrigin {
  kind: string;
  file: string;
  sha256: string;
  /** Physical line of the row in the file, the header being line 1. */
  line: number;
  rowKey: string;
}

export const SYSTEM_ACTOR = 'system';
