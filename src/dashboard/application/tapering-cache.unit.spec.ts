import type { TaperingDashboard } from '../domain/tapering.js';
import { TaperingCache } from './tapering-cache.js';

describe('the dashboard cache', () => {
  let checkpoint = 1;
  const tx = {
    query: async <T>() => [{ name: 'tapering', commit: String(checkpoint), prepare: '1' }] as T,
  };
  const dashboard = (n: number) => ({ today: `2020-01-0${n}`, years: [] }) as unknown as TaperingDashboard;

  it('serves a dashboard again only while the checkpoints read the same, and per key', async () => {
    const cache = new TaperingCache(2);
    let computed = 0;
    const compute = async () => dashboard(++computed);
    expect((await cache.through(tx, 'a', compute)).today).toBe('2020-01-01');
    expect((await cache.through(tx, 'a', compute)).today).toBe('2020-01-01');
    expect((await cache.through(tx, 'b', compute)).today).toBe('2020-01-02');
    checkpoint = 2;
    expect((await cache.through(tx, 'a', compute)).today).toBe('2020-01-03');
    expect((await cache.through(tx, 'a', compute, true)).today).toBe('2020-01-04');
    expect(computed).toBe(4);
  });

  it('hands out copies, and forgets the least recently used beyond its limit', async () => {
    const cache = new TaperingCache(2);
    let computed = 0;
    const compute = async () => dashboard(++computed);
    const first = await cache.through(tx, 'a', compute);
    (first as { today: string }).today = 'changed by a caller';
    expect((await cache.through(tx, 'a', compute)).today).toBe('2020-01-01');
    await cache.through(tx, 'b', compute);
    await cache.through(tx, 'c', compute);
    await cache.through(tx, 'a', compute);
    expect(computed).toBe(4);
  });
});
