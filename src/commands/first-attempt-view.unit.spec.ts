import type { RecordedEvent } from '../shared/event.js';
import { foldAsFirstAttemptRead } from './first-attempt-view.js';

/** A stream of numbered events; the state is the list of numbers folded in. */
const folding = { initialState: [] as number[], evolve: (s: number[], e: { data: { n: number } }) => [...s, e.data.n] };
const event = (n: number, commit: number, commandId?: string): RecordedEvent => ({
  eventId: `e-${n}`,
  streamId: 's',
  streamVersion: n,
  position: { commit: BigInt(commit), prepare: BigInt(commit) },
  type: 'Numbered',
  schemaVersion: 1,
  data: { n },
  metadata: { actor: 'a', correlationId: 'c', recordedAt: '2016-04-01T00:00:00Z', ...(commandId ? { commandId } : {}) },
  hash: '',
});

describe('a stream as the first attempt of a retried command read it', () => {
  it("stops before the command's own events, whatever came after them", () => {
    const events = [event(0, 10), event(1, 11), event(2, 20, 'cmd'), event(3, 20, 'cmd'), event(4, 30)];
    expect(foldAsFirstAttemptRead(events, folding, 'cmd', { committed: 'unknown' })).toEqual({
      state: [0, 1],
      expected: 1,
    });
  });

  it('reads a new stream the command created as not there yet', () => {
    const events = [event(0, 20, 'cmd'), event(1, 25)];
    expect(foldAsFirstAttemptRead(events, folding, 'cmd', { committed: true, position: pos(20) })).toEqual({
      state: [],
      expected: 'no-stream',
    });
  });

  it("reads a stream the command only read up to the first event at or after the command's position", () => {
    const events = [event(0, 10), event(1, 19), event(2, 20), event(3, 15)];
    expect(foldAsFirstAttemptRead(events, folding, 'cmd', { committed: true, position: pos(20) })).toEqual({
      state: [0, 1],
      expected: 1,
    });
  });

  it('reads such a stream as it is now when the store cannot say where the command landed', () => {
    const events = [event(0, 10), event(1, 30)];
    expect(foldAsFirstAttemptRead(events, folding, 'cmd', { committed: 'unknown' })).toEqual({
      state: [0, 1],
      expected: 1,
    });
  });
});

function pos(n: number) {
  return { commit: BigInt(n), prepare: BigInt(n) };
}
