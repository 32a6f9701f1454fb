import fc from 'fast-check';

/**
 * Generators of malformed and hostile input for the write-route fuzz test: values of the wrong type
 * and at the edges, hostile strings, raw JSON that JSON.stringify cannot produce, path ids, query
 * strings and headers. schema-bodies.ts puts them into bodies of each route's shape.
 */

/** encodeURIComponent refuses lone surrogates; a client cannot send them in a URL anyway. */
const encode = (text: string): string =>
  encodeURIComponent(text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'));

/** A body sent exactly as written (for JSON that JSON.stringify cannot produce). */
export interface RawBody {
  raw: string;
  contentType?: string;
}

export const isRaw = (body: unknown): body is RawBody =>
  typeof body === 'object' && body !== null && 'raw' in body && Object.keys(body).length <= 2;

const SQL = [
  "' OR '1'='1",
  "'; DROP TABLE events; --",
  "1; UPDATE users SET roles = '{admin}' --",
  '$1',
  '$$; SELECT pg_sleep(10); $$',
  "\\'; COMMIT; --",
  "E'\\x00'",
];
const STRINGS = [
  '',
  ' ',
  '\u0000',
  'nul\u0000inside',
  '\uFEFF',
  '\u202Eevil',
  '\uD800',
  '😀'.repeat(50),
  'Ω≈ç√∫',
  '<script>alert(1)</script>',
  '../../etc/passwd',
  '__proto__',
  'constructor',
  'NaN',
  'null',
  '2017-02-29',
  '2017-13-01',
  '0000-01-01',
  '9999-12-31',
  '2016-04-01T00:00:00Z',
  '+275760-09-13',
  '00000000-0000-0000-0000-000000000000',
  'x'.repeat(20_000),
  ...SQL,
];
const NUMBERS = [
  0,
  -0,
  -1,
  1,
  0.1,
  0.005,
  1.005,
  99.999,
  2 ** 31 - 1,
  2 ** 31,
  2 ** 53,
  2 ** 53 + 2,
  -(2 ** 53),
  1e21,
  1e308,
  -1e308,
  5e-324,
];

export const hostileString = (): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...STRINGS) },
    fc.string({ maxLength: 40 }),
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.string({ unit: 'grapheme', maxLength: 20 }),
  );

export const hostileValue = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 3, arbitrary: hostileString() },
    fc.constantFrom<unknown>(...NUMBERS, true, false, null, [], {}, [null], { $gt: '' }, { toString: 'x' }),
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.jsonValue({ maxDepth: 2 }),
  );

/** JSON text that no JSON.stringify call produces: numbers beyond doubles, pollution keys, odd shapes. */
export const rawBodies = (plausible: fc.Arbitrary<unknown>): fc.Arbitrary<RawBody> =>
  fc.oneof(
    fc.constantFrom<RawBody>(
      { raw: '' },
      { raw: '{' },
      { raw: '{"a":1,}' },
      { raw: 'null' },
      { raw: '"just a string"' },
      { raw: '42' },
      { raw: '[]' },
      { raw: '{"fte":1e400,"wte":-1e400,"capacity":1e400,"level":1e400}' },
      { raw: '{"annualCostPence":123456789012345678901234567890}' },
      { raw: '{"__proto__":{"polluted":"yes"}}' },
      { raw: '{"constructor":{"prototype":{"polluted":"yes"}}}' },
      { raw: '{"a":"\\u0000","reason":"\\u0000"}' },
      { raw: '{"reason":"\\ud800"}' },
      { raw: `${'['.repeat(5000)}${']'.repeat(5000)}` },
      { raw: `${'['.repeat(50_000)}${']'.repeat(50_000)}` },
      { raw: `{"a":${'{"a":'.repeat(2000)}1${'}'.repeat(2000)}}` },
      { raw: '\uFEFF{}' },
      { raw: '{"a":1}', contentType: 'application/json; charset=latin1' },
      { raw: '{"a":1}', contentType: 'application/json; charset=utf-16' },
      { raw: 'a=1&b=2', contentType: 'application/x-www-form-urlencoded' },
      { raw: '<xml/>', contentType: 'application/xml' },
    ),
    // A plausible body with pollution keys spliced in as own properties.
    plausible.map((body) => {
      const text = JSON.stringify(body ?? {});
      const splice = '"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}';
      return { raw: text.startsWith('{') && text !== '{}' ? `{${splice},${text.slice(1)}` : `{${splice}}` };
    }),
  );

const RAW_IDS = [
  '..',
  '%2e%2e',
  '..%2F..%2Fetc%2Fpasswd',
  '%00',
  'abc%00def',
  '%',
  '%ZZ',
  '%C0%AE%C0%AE',
  '%F0%9F%92%A9',
  '%ED%A0%80',
  '%FF%FE',
  '%E2%80%AE',
  '00000000-0000-0000-0000-00000000000g',
  '00000000000000000000000000000000',
  '%7B00000000-0000-4000-8000-000000000000%7D',
  "1'%20OR%20'1'%3D'1",
  '-1',
  '0',
  '1e400',
  'null',
  'A'.repeat(8_000),
];

/** A path segment: hostile text (percent-encoded as a client must), raw encodings, or real ids in other cases. */
export const hostileId = (ids: string[]): fc.Arbitrary<string> =>
  fc.oneof(
    fc.constantFrom(...RAW_IDS),
    hostileString().map((s) => encode(s.slice(0, 4000))),
    fc.constantFrom(...ids).map((id) => id.toUpperCase().replace(/-/g, '')),
    fc.constantFrom(...ids).map((id) => `${id}%00`),
  );

/** A query string (without the "?"). */
export const hostileQuery = (): fc.Arbitrary<string> =>
  fc.oneof(
    fc.constantFrom(
      '__proto__[polluted]=yes',
      '__proto__.polluted=yes',
      'constructor[prototype][polluted]=yes',
      'a=%00',
      '%',
      '%ZZ=1',
      '&&&===',
      'reason=1&reason=2&reason=3',
      'asAt=9999-99-99&knownAt=yesterday',
      `x=${'a'.repeat(8_000)}`,
      'page=-1&pageSize=1e400&limit=NaN',
    ),
    fc
      .array(fc.tuple(hostileString(), hostileString()), { minLength: 1, maxLength: 4 })
      .map((pairs) => pairs.map(([k, v]) => `${encode(k.slice(0, 200))}=${encode(v.slice(0, 2000))}`).join('&')),
  );

/** Header values Node will send (visible ASCII), including over-long ones. */
export const hostileHeader = (): fc.Arbitrary<string> =>
  fc.oneof(
    fc.string({
      unit: fc.integer({ min: 0x21, max: 0x7e }).map((c) => String.fromCharCode(c)),
      minLength: 1,
      maxLength: 60,
    }),
    fc.constantFrom('x'.repeat(201), 'k'.repeat(8_000), "' OR 1=1 --", '../..', '$1'),
  );
