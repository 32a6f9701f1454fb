import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * One personal value as stored in an event: AES-256-GCM under the person's own data key, with a
 * fresh 96-bit nonce, bound (as additional data) to where it sits, so a sealed value copied into
 * another event, field or person does not open. Text form: `sealed:v1:` + base64url(nonce ‖ tag ‖
 * ciphertext), so a sealed field keeps the JSON type (string) the event's schema gives it.
 */
const PREFIX = 'sealed:v1:';
const NONCE_BYTES = 12;
const TAG_BYTES = 16;

export const isSealed = (value: unknown): value is string => typeof value === 'string' && value.startsWith(PREFIX);

export function seal(plaintext: string, key: Buffer, boundTo: string): string {
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(Buffer.from(boundTo, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return PREFIX + Buffer.concat([nonce, cipher.getAuthTag(), body]).toString('base64url');
}

/** The plaintext; throws when the key, the binding or the bytes are not the ones it was sealed with. */
export function open(sealed: string, key: Buffer, boundTo: string): string {
  const bytes = Buffer.from(sealed.slice(PREFIX.length), 'base64url');
  if (!isSealed(sealed) || bytes.length < NONCE_BYTES + TAG_BYTES) throw new Error('not a sealed value');
  const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, NONCE_BYTES));
  decipher.setAAD(Buffer.from(boundTo, 'utf8'));
  decipher.setAuthTag(bytes.subarray(NONCE_BYTES, NONCE_BYTES + TAG_BYTES));
  return Buffer.concat([decipher.update(bytes.subarray(NONCE_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
}
