import { DEFAULT_SCRYPT_COST, PasswordHasher } from './password-hasher.js';
import { assertAcceptablePassword } from './password-policy.js';

// A low cost keeps the suite fast; one test covers the production cost.
const hasher = new PasswordHasher({ N: 2 ** 10, r: 8, p: 1 });
const password = 'correct horse battery staple';

const replacePart = (hash: string, index: number, change: (part: string) => string): string =>
  hash
    .split('$')
    .map((part, i) => (i === index ? change(part) : part))
    .join('$');

const flipFirstByte = (base64: string): string => {
  const bytes = Buffer.from(base64, 'base64');
  bytes[0] ^= 0x01;
  return bytes.toString('base64');
};

describe('PasswordHasher', () => {
  it('verifies the password it hashed', async () => {
    expect(await hasher.verify(password, await hasher.hash(password))).toBe(true);
  });

  it('rejects a wrong password', async () => {
    const hash = await hasher.hash(password);
    expect(await hasher.verify('correct horse battery stapler', hash)).toBe(false);
    expect(await hasher.verify('', hash)).toBe(false);
  });

  it('stores scrypt$N$r$p$salt$hash with a 16-byte salt and a 64-byte key', async () => {
    const [scheme, N, r, p, salt, key] = (await hasher.hash(password)).split('$');
    expect([scheme, N, r, p]).toEqual(['scrypt', '1024', '8', '1']);
    expect(Buffer.from(salt, 'base64')).toHaveLength(16);
    expect(Buffer.from(key, 'base64')).toHaveLength(64);
  });

  it('salts every hash differently', async () => {
    const [a, b] = await Promise.all([hasher.hash(password), hasher.hash(password)]);
    expect(a).not.toEqual(b);
    expect(a.split('$')[4]).not.toEqual(b.split('$')[4]);
  });

  it('uses the production cost by default and still verifies', async () => {
    const slow = new PasswordHasher();
    const hash = await slow.hash(password);
    expect(hash.startsWith(`scrypt$${DEFAULT_SCRYPT_COST.N}$8$1$`)).toBe(true);
    expect(DEFAULT_SCRYPT_COST.N).toBeGreaterThanOrEqual(2 ** 14);
    expect(await slow.verify(password, hash)).toBe(true);
    // Verification reads the cost from the hash, so a hasher of another cost still verifies it.
    expect(await hasher.verify(password, hash)).toBe(true);
  });

  it('treats a tampered or malformed hash as a mismatch, never as an error', async () => {
    const hash = await hasher.hash(password);
    const tampered = [
      replacePart(hash, 5, flipFirstByte),
      replacePart(hash, 4, flipFirstByte),
      replacePart(hash, 1, () => '2048'),
      replacePart(hash, 1, () => '1000'),
      replacePart(hash, 1, () => String(2 ** 30)),
      replacePart(hash, 2, () => '-1'),
      replacePart(hash, 0, () => 'bcrypt'),
      replacePart(hash, 5, (key) => key.slice(0, 8)),
      hash.split('$').slice(0, 5).join('$'),
      `${hash}$extra`,
      '',
      'not a hash',
    ];
    for (const stored of tampered) expect(await hasher.verify(password, stored)).toBe(false);
  });

  it('treats unicode passwords by their normalized form', async () => {
    const composed = 'caf\u00e9-au-lait-2024';
    const decomposed = 'cafe\u0301-au-lait-2024';
    expect(await hasher.verify(decomposed, await hasher.hash(composed))).toBe(true);
  });
});

describe('password policy', () => {
  it('refuses a password shorter than 12 characters with AUTH.PASSWORD_TOO_SHORT', () => {
    expect(() => assertAcceptablePassword('elevenchars')).toThrow(
      expect.objectContaining({ code: 'AUTH.PASSWORD_TOO_SHORT', kind: 'invalid' }),
    );
    expect(() => assertAcceptablePassword('twelve chars')).not.toThrow();
  });

  it('refuses common passwords, one repeated character, and the username, with AUTH.PASSWORD_TOO_COMMON', () => {
    for (const [password, username] of [
      ['Password1234', undefined],
      ['QWERTYUIOP123', undefined],
      ['aaaaaaaaaaaaaa', undefined],
      ['harriet.jones-2026', 'harriet.jones'],
    ])
      expect(() => assertAcceptablePassword(password!, username)).toThrow(
        expect.objectContaining({ code: 'AUTH.PASSWORD_TOO_COMMON', kind: 'invalid' }),
      );
    expect(() => assertAcceptablePassword('plum-kettle-harbour', 'harriet.jones')).not.toThrow();
  });
});
