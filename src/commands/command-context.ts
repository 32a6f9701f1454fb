/** Who asks, why, in answer to what, and when: becomes the metadata of every event it causes. */
export interface CommandContext {
  actor: string;
  actorId?: string;
  correlationId: string;
  causationId?: string;
  reason?: string;
  /**
   * Present when the command came with an Idempotency-Key: every retry of it has the same id, and
   * its events and new aggregates get ids derived from it (command-ids.ts), so a retry of an attempt
   * that committed writes nothing new. Stored in each event's metadata.
   */
  commandId?: string;
  now: Date;
}

export const SYSTEM_ACTOR = 'system';
