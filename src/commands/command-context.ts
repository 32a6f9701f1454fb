/** Who asks, why, in answer to what, and when: becomes the metadata of every event it causes. */
export interface CommandContext {
  actor: string;
  actorId?: string;
  correlationId: string;
  causationId?: string;
  reason?: string;
  now: Date;
}

export const SYSTEM_ACTOR = 'system';
