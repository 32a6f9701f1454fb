import { inspect } from './request-guard.js';

const nested = (depth: number): unknown => {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
  return value;
};

describe('request guard: inspect', () => {
  it('counts arrays and objects as levels, scalars not', () => {
    expect(inspect(1, 0)).toBeUndefined();
    expect(inspect({}, 0)).toBe('too-deep');
    expect(inspect({ a: [1, { b: 'x' }] }, 3)).toBeUndefined();
    expect(inspect({ a: [1, { b: {} }] }, 3)).toBe('too-deep');
    expect(inspect(nested(32), 32)).toBeUndefined();
    expect(inspect(nested(33), 32)).toBe('too-deep');
  });

  it('walks a body far deeper than the stack allows without overflowing', () => {
    expect(inspect(JSON.parse(`${'['.repeat(100_000)}${']'.repeat(100_000)}`), 32)).toBe('too-deep');
  });

  it('finds NUL and unpaired surrogates in values and keys, and lets paired ones and other text pass', () => {
    for (const bad of [{ a: 'x\u0000y' }, ['\uD800'], { b: ['ok', 'a\uDC00'] }, { ['k\u0000']: 1 }, 'lone \uDBFF end'])
      expect(inspect(bad, 32)).toBe('unstorable-text');
    expect(
      inspect({ name: 'Zoë 😀 Ω≈ç√ \u202E \uFEFF', list: ['\u0001', "'; DROP TABLE events; --"] }, 32),
    ).toBeUndefined();
  });
});
