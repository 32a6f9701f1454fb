import { randomBytes } from 'node:crypto';
import { MasterKeys, masterKeyId, parseMasterKey } from './master-keys.js';
import { isSealed, open, seal } from './sealed-value.js';

describe('sealed values', () => {
  const key = randomBytes(32);

  it('opens with the same key and binding, and hides the plaintext', () => {
    const sealed = seal('Ana Lopez', key, 'staff:s1\ne1\ndata.name');
    expect(isSealed(sealed)).toBe(true);
    expect(sealed).not.toContain('Ana');
    expect(Buffer.from(sealed.slice(10), 'base64url').toString('latin1')).not.toContain('Ana');
    expect(open(sealed, key, 'staff:s1\ne1\ndata.name')).toBe('Ana Lopez');
  });

  it('gives a different text each time (fresh nonce)', () => {
    expect(seal('x', key, 'b')).not.toBe(seal('x', key, 'b'));
  });

  it('refuses another key, another binding or altered bytes', () => {
    const sealed = seal('Ana', key, 'staff:s1\ne1\ndata.name');
    expect(() => open(sealed, randomBytes(32), 'staff:s1\ne1\ndata.name')).toThrow();
    expect(() => open(sealed, key, 'staff:s2\ne1\ndata.name')).toThrow();
    const bytes = Buffer.from(sealed.slice(10), 'base64url');
    bytes[bytes.length - 1] ^= 1;
    expect(() => open('sealed:v1:' + bytes.toString('base64url'), key, 'staff:s1\ne1\ndata.name')).toThrow();
  });
});

describe('master keys', () => {
  it('reads 64 hex digits or base64, and refuses anything else', () => {
    const raw = randomBytes(32);
    expect(parseMasterKey(raw.toString('hex'), 'K')).toEqual(raw);
    expect(parseMasterKey(raw.toString('base64'), 'K')).toEqual(raw);
    expect(() => parseMasterKey('short', 'K')).toThrow(/32 bytes/);
    expect(() => parseMasterKey('z'.repeat(64), 'K')).toThrow(/32 bytes/);
  });

  it('unwraps what it wrapped, under a previous key after rotation, and only for its subject', () => {
    const old = randomBytes(32);
    const dataKey = randomBytes(32);
    const wrapped = new MasterKeys(old).wrap('staff:s1', dataKey);
    const rotated = new MasterKeys(randomBytes(32), [old]);
    expect(rotated.unwrap('staff:s1', wrapped, masterKeyId(old))).toEqual(dataKey);
    expect(() => rotated.unwrap('staff:s2', wrapped, masterKeyId(old))).toThrow();
    expect(() => new MasterKeys(randomBytes(32)).unwrap('staff:s1', wrapped, masterKeyId(old))).toThrow(
      /neither CADRE_MASTER_KEY/,
    );
  });
});
