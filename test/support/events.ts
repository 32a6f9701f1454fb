import { randomUUID } from 'node:crypto';
import type { NewEvent } from '../../src/shared/event.js';

/** A minimal new event for store-level tests. */
export const newEvent = (type = 'Something', data: Record<string, unknown> = {}, actor = 'test'): NewEvent => ({
  eventId: randomUUID(),
  type,
  schemaVersion: 1,
  data,
  metadata: { actor, correlationId: randomUUID() },
});

export const uniqueStream = (prefix = 'test'): string => `${prefix}-${randomUUID()}`;
