import { createHash } from 'node:crypto';

/**
 * cadre ids for things a file names by its own keys. Each is a name-based UUID (RFC 9562 version
 * 5, SHA-1) in cadre's own namespace, so the same employee number gives the same staff id in
 * every file, on every instance and after any rebuild, with no lookup table to keep.
 */
export const CADRE_IMPORT_NAMESPACE = '5b1f3c0e-8d7a-4b62-9e21-7c4d0f6a9b3e';

export const uuidV5 = (name: string, namespace = CADRE_IMPORT_NAMESPACE): string => {
  const hash = createHash('sha1')
    .update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
    .update(name, 'utf8')
    .digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};

/** `employeeNumber` as `keyCell` reads it (capitals). */
export const staffIdFor = (employeeNumber: string): string => uuidV5(`employee:${employeeNumber}`);

export const postIdFor = (postRef: string): string => uuidV5(`post:${postRef}`);

/** A cohort is one run of one level: named by level, provider (any case and spacing) and start date. */
export const cohortIdFor = (level: number, provider: string, startsOn: string): string =>
  uuidV5(`cohort:${level}:${provider.trim().toLowerCase().replace(/\s+/g, ' ')}:${startsOn}`);
