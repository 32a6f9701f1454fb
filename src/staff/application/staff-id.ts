const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** People are identified by UUIDs: the read model's key is a `uuid` column. */
export const isStaffId = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);
