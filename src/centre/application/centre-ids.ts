/**
 * Councils and participants are named by UUIDs in lower case, as PostgreSQL prints them, so that
 * an id typed in capitals names the same stream and read-model row.
 */
export const normaliseId = (id: string): string => id.trim().toLowerCase();
