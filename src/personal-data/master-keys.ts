import { createHash } from 'node:crypto';
import { open, seal } from './sealed-value.js';

/** 32 random bytes, as 64 hex digits or 44 characters of base64. */
export const parseMasterKey = (text: string, name: string): Buffer => {
  const raw = text.trim();
  const key = /^[0-9a-fA-F]{64}$/.test(raw) ? Buffer.from(raw, 'hex') : Buffer.from(raw, 'base64');
  if (key.length !== 32 || (!/^[0-9a-fA-F]{64}$/.test(raw) && key.toString('base64') !== raw))
    throw new Error(`${name} must be 32 bytes as 64 hex digits or base64 (openssl rand -hex 32)`);
  return key;
};

/** A key's public name: stored with each wrapped key, so rotation knows which master unwraps it. */
export const masterKeyId = (key: Buffer): string =>
  createHash('sha256').update('cadre master key id\n').update(key).digest('hex').slice(0, 16);

/**
 * The master key that wraps every person's data key, and older ones kept only to unwrap keys not
 * yet rewrapped after a rotation (`CADRE_MASTER_KEY_PREVIOUS`).
 */
export class MasterKeys {
  readonly currentId: string;
  private readonly byId: Map<string, Buffer>;

  constructor(
    private readonly current: Buffer,
    previous: readonly Buffer[] = [],
  ) {
    this.currentId = masterKeyId(current);
    this.byId = new Map([...previous, current].map((k) => [masterKeyId(k), k]));
  }

  /** A data key wrapped under the current master key, bound to its subject. */
  wrap(subject: string, dataKey: Buffer): string {
    return seal(dataKey.toString('base64'), this.current, `data key\n${subject}`);
  }

  /** Whether a key wrapped by the master key `id` can be unwrapped here. */
  opens(id: string): boolean {
    return this.byId.has(id);
  }

  unwrap(subject: string, wrapped: string, wrappedWith: string): Buffer {
    const master = this.byId.get(wrappedWith);
    if (!master)
      throw new Error(
        `the data key of ${subject} is wrapped by master key ${wrappedWith}, which is neither ` +
          `CADRE_MASTER_KEY nor in CADRE_MASTER_KEY_PREVIOUS`,
      );
    return Buffer.from(open(wrapped, master, `data key\n${subject}`), 'base64');
  }
}
