import fc from 'fast-check';
import { hostileValue, hostileString, rawBodies } from './hostile-input.js';

/**
 * Request bodies shaped by a route's OpenAPI schema (from the app's own /api/docs-json), so that
 * hostile values get past the first check and reach validation, the handler and the database.
 */

export interface OpenApiSchema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  properties?: Record<string, OpenApiSchema>;
  items?: OpenApiSchema;
  allOf?: OpenApiSchema[];
  oneOf?: OpenApiSchema[];
  anyOf?: OpenApiSchema[];
  minimum?: number;
  maximum?: number;
}

export type Schemas = Record<string, OpenApiSchema>;

const resolve = (schemas: Schemas, s: OpenApiSchema): OpenApiSchema => {
  if (s.$ref) return resolve(schemas, schemas[s.$ref.replace('#/components/schemas/', '')] ?? {});
  if (s.allOf)
    return s.allOf
      .map((part) => resolve(schemas, part))
      .reduce((a, b) => ({ ...a, ...b, properties: { ...a.properties, ...b.properties } }), {});
  return s.oneOf?.[0] ?? s.anyOf?.[0] ?? s;
};

const DATES = ['2016-04-01', '2017-03-31', '2018-09-01', '2019-07-31', '2015-01-01', '2030-12-31'];

/** Values of the schema's type (often valid), so a body gets past the first check and reaches the handler. */
export function plausible(schemas: Schemas, schema: OpenApiSchema, ids: string[], depth = 0): fc.Arbitrary<unknown> {
  const s = resolve(schemas, schema);
  const mixed = (valid: fc.Arbitrary<unknown>) =>
    depth > 3 ? valid : fc.oneof({ weight: 4, arbitrary: valid }, { weight: 1, arbitrary: hostileValue() });
  if (s.enum?.length) return mixed(fc.constantFrom(...s.enum));
  if (s.properties || s.type === 'object') {
    const props = Object.entries(s.properties ?? {});
    if (depth > 4 || props.length === 0) return fc.constant({});
    const model = Object.fromEntries(props.map(([key, prop]) => [key, plausible(schemas, prop, ids, depth + 1)]));
    const extra = fc.dictionary(
      fc.constantFrom('extra', 'id', 'actor', 'roles', 'isAdmin', 'version'),
      hostileValue(),
      { maxKeys: 2 },
    );
    return mixed(
      fc
        .tuple(fc.record(model, { requiredKeys: [] }), fc.oneof(fc.constant({}), extra))
        .map(([a, b]) => ({ ...b, ...a })),
    );
  }
  switch (s.type) {
    case 'array':
      return mixed(fc.array(plausible(schemas, s.items ?? {}, ids, depth + 1), { maxLength: 4 }));
    case 'integer':
      return mixed(fc.integer({ min: s.minimum ?? -5, max: s.maximum ?? 5_000_000 }));
    case 'number':
      return mixed(
        fc.oneof(
          fc.integer({ min: -2, max: 30 }),
          fc.double({ min: s.minimum ?? -1, max: s.maximum ?? 30, noNaN: true }),
        ),
      );
    case 'boolean':
      return mixed(fc.boolean());
    case 'string':
      if (s.format === 'date') return mixed(fc.constantFrom(...DATES));
      if (s.format === 'date-time') return mixed(fc.constantFrom('2016-04-01T09:00:00Z', '2020-01-01T00:00:00.000Z'));
      if (s.format === 'uuid') return mixed(fc.oneof(fc.constantFrom(...ids), fc.uuid()));
      return mixed(fc.oneof(fc.string({ minLength: 1, maxLength: 30 }), hostileString()));
    default:
      return hostileValue();
  }
}

/** A body the schema accepts, from the OpenAPI examples (or a stand-in of the field's type). */
export function exampleOf(schemas: Schemas, schema: OpenApiSchema, ids: string[], depth = 0): unknown {
  const s = resolve(schemas, schema) as OpenApiSchema & { example?: unknown };
  if (s.example !== undefined) return s.example;
  if (s.enum?.length) return s.enum[0];
  if (s.properties || s.type === 'object')
    return depth > 5
      ? {}
      : Object.fromEntries(
          Object.entries(s.properties ?? {}).map(([k, p]) => [k, exampleOf(schemas, p, ids, depth + 1)]),
        );
  switch (s.type) {
    case 'array':
      return [exampleOf(schemas, s.items ?? {}, ids, depth + 1)];
    case 'integer':
      return s.minimum ?? 1;
    case 'number':
      return Math.min(s.maximum ?? 1, 1);
    case 'boolean':
      return true;
    default:
      return s.format === 'date' ? '2016-04-01' : s.format === 'uuid' ? ids[0] : 'text';
  }
}

/** Every path to a value inside a JSON value, e.g. `['registration', 'number']` or `['lines', 0]`. */
const pathsOf = (value: unknown, prefix: (string | number)[] = []): (string | number)[][] =>
  typeof value !== 'object' || value === null
    ? [prefix]
    : [
        prefix,
        ...Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...prefix, Array.isArray(value) ? Number(k) : k])),
      ];

const setAt = (value: unknown, path: (string | number)[], replacement: unknown): unknown => {
  if (path.length === 0) return replacement;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  copy[path[0]] = setAt(copy[path[0]], path.slice(1), replacement);
  return copy;
};

/** What every field of a valid body is replaced by, one at a time (see `oneFieldAtATime`). */
const CANONICAL: unknown[] = ['nul\u0000inside', 'half a pair \uD800', 1e308, {}];
/** Fields tried per route: every top-level one, then nested ones spread evenly across the body. */
const MAX_FIELDS = 12;

/**
 * The valid body with each field in turn (nested ones too) replaced by each canonical hostile
 * value: deterministic, so a handler that stores text PostgreSQL refuses is always reached.
 */
export const oneFieldAtATime = (example: unknown): unknown[] => {
  const all = pathsOf(example).filter((p) => p.length > 0);
  const top = all.filter((p) => p.length === 1);
  const nested = all.filter((p) => p.length > 1);
  const room = Math.max(0, MAX_FIELDS - top.length);
  const step = nested.length / Math.max(1, room);
  const spread = nested.length <= room ? nested : Array.from({ length: room }, (_, i) => nested[Math.floor(i * step)]);
  return [...top, ...spread].flatMap((path) => CANONICAL.map((bad) => setAt(example, path, bad)));
};

/** A valid body with exactly one field (or sub-object) replaced by something hostile: reaches deepest. */
export const poisoned = (example: unknown): fc.Arbitrary<unknown> => {
  const paths = pathsOf(example).filter((p) => p.length > 0);
  if (paths.length === 0) return hostileValue();
  return fc.tuple(fc.constantFrom(...paths), hostileValue()).map(([path, bad]) => setAt(example, path, bad));
};

/** Any body a client could send: schema-shaped with hostile values, any JSON at all, or raw text. */
export const hostileBody = (shaped: fc.Arbitrary<unknown>, example: unknown): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 3, arbitrary: shaped },
    { weight: 3, arbitrary: poisoned(example) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
    { weight: 1, arbitrary: fc.array(shaped, { maxLength: 2 }) },
    { weight: 2, arbitrary: rawBodies(shaped) },
  );
