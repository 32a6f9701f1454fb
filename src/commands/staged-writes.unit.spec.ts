import type { CommandContext } from './command-context.js';
import { StagedWrites } from './staged-writes.js';

const counter = { initialState: 0, evolve: (n: number) => n + 1 };
const ctx: CommandContext = { actor: 'hr', correlationId: 'c', now: new Date(0) };
const event = { type: 'Counted', data: {} };

describe('StagedWrites', () => {
  it('reads a stream from the store once, then folds the staged events in, with the versions they leave', async () => {
    const writes = new StagedWrites();
    let reads = 0;
    const committed = async () => {
      reads++;
      return { state: 2, expected: 1 as const };
    };
    expect(await writes.load('s', counter, committed)).toEqual({ state: 2, expected: 1 });
    writes.stage([{ streamId: 's', expected: 1, events: [event, event] }], ctx);
    expect(await writes.load('s', counter, committed)).toEqual({ state: 4, expected: 3 });
    expect(reads).toBe(1);
    expect(writes.eventCount).toBe(2);
  });

  it('refuses an append at a version the staged stream is not at', async () => {
    const writes = new StagedWrites();
    await writes.load('s', counter, async () => ({ state: 0, expected: 'no-stream' }));
    expect(() => writes.stage([{ streamId: 's', expected: 4, events: [event] }], ctx)).toThrow(
      expect.objectContaining({ code: 'EVENT_STORE.VERSION_CONFLICT' }),
    );
  });

  it('rolls back to a mark: the commands after it and their events are forgotten', async () => {
    const writes = new StagedWrites();
    await writes.load('s', counter, async () => ({ state: 0, expected: 'no-stream' }));
    writes.stage([{ streamId: 's', expected: 'no-stream', events: [event] }], ctx);
    const mark = writes.mark();
    writes.stage([{ streamId: 's', expected: 0, events: [event, event] }], ctx);
    expect((await writes.load('s', counter, async () => ({ state: 0, expected: 'no-stream' }))).state).toBe(3);
    writes.rollbackTo(mark);
    expect(await writes.load('s', counter, async () => ({ state: 0, expected: 'no-stream' }))).toEqual({
      state: 1,
      expected: 0,
    });
    expect(writes.commands).toHaveLength(1);
  });
});
