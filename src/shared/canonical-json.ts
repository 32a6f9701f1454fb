/**
 * JSON with object keys sorted at every depth. PostgreSQL's jsonb reorders keys, so anything that
 * hashes event content must hash this form, which is the same before storing and after reading.
 */
export const canonicalJson = (value: unknown): string => JSON.stringify(sortKeys(value));

const sortKeys = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const source = value as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(source)
        .filter((k) => source[k] !== undefined)
        .sort()
        .map((k) => [k, sortKeys(source[k])]),
    );
  }
  return value;
};
