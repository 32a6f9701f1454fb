import type { GlobalPosition } from '../../shared/event.js';

export interface PostCommandResult {
  postId: string;
  /** Where the events landed in the global order; pass it to `EventSourcing.settle` to read them back. */
  position: GlobalPosition | null;
}

/** Posts are named by UUIDs in lower case, as PostgreSQL prints them, so a stream id matches its view row. */
export const normalisePostId = (id: string): string => id.trim().toLowerCase();
