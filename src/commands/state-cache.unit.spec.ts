import { StateCache } from './state-cache.js';

describe('StateCache', () => {
  const folding = {};
  it('returns what was stored for the same folding only', () => {
    const cache = new StateCache();
    cache.set('s-1', folding, 3, { n: 3 });
    expect(cache.get('s-1', folding)).toEqual({ version: 3, state: { n: 3 } });
    expect(cache.get('s-1', {})).toBeUndefined();
    expect(cache.get('s-2', folding)).toBeUndefined();
  });

  it('drops the least recently used stream beyond its capacity', () => {
    const cache = new StateCache(2);
    cache.set('a', folding, 0, 'a');
    cache.set('b', folding, 0, 'b');
    cache.get('a', folding);
    cache.set('c', folding, 0, 'c');
    expect(cache.get('b', folding)).toBeUndefined();
    expect(cache.get('a', folding)?.state).toBe('a');
    expect(cache.get('c', folding)?.state).toBe('c');
  });
});
