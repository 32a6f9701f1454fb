import { comparePositions, type RecordedEvent } from '../shared/event.js';
import type { FirstAttempt } from './command-scope.js';
import type { Folding, Loaded } from './event-sourcing.service.js';

/**
 * A stream as the first attempt of a retried command read it, so the retry takes the same
 * decision and appends the same events with the same ids, which the store then recognises as
 * stored already instead of writing them again.
 *
 * - A stream holding the command's own events (its metadata names the command): exactly the events
 *   before them. The first attempt's append checked that version, so that is what it decided on.
 * - Another stream, when the first attempt committed at `position`: its events up to the first one
 *   at or after that position. Everything that attempt read had committed before it, so sat below
 *   its position; the one thing this can add is an event committed in the milliseconds between
 *   that attempt's read and its own commit (see ADR 0010).
 * - When the store cannot say whether the first attempt committed (`unknown`), other streams are
 *   read as they are now.
 */
export function foldAsFirstAttemptRead<S, E>(
  events: RecordedEvent[],
  folding: Folding<S, E>,
  commandId: string,
  first: FirstAttempt,
): Loaded<S> {
  const own = events.findIndex((e) => e.metadata.commandId === commandId);
  let end = events.length;
  if (own >= 0) end = own;
  else if (first.committed === true) {
    const after = events.findIndex((e) => comparePositions(e.position, first.position) >= 0);
    if (after >= 0) end = after;
  }
  const seen = events.slice(0, end);
  const state = seen.reduce((s, e) => folding.evolve(s, { type: e.type, data: e.data } as E), folding.initialState);
  return { state, expected: seen.length ? seen[seen.length - 1].streamVersion : 'no-stream' };
}
