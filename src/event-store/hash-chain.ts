import { createHash } from 'node:crypto';
import { canonicalJson } from '../shared/canonical-json.js';

/** The hash that precedes a stream's first event. */
export const GENESIS_HASH = '';

export interface HashedContent {
  streamId: string;
  streamVersion: number;
  eventId: string;
  type: string;
  schemaVersion: number;
  data: unknown;
  metadata: unknown;
}

/**
 * Each event's hash covers its whole content and its predecessor's hash, so editing, deleting or
 * reordering any stored event breaks every later link of its stream.
 */
export const eventHash = (prevHash: string, content: HashedContent): string =>
  createHash('sha256')
    .update(prevHash)
    .update('\n')
    .update(
      canonicalJson([
        content.streamId,
        content.streamVersion,
        content.eventId,
        content.type,
        content.schemaVersion,
        content.data,
        content.metadata,
      ]),
    )
    .digest('hex');
