import { describe, expect, it } from 'vitest';
import { constantTimeEqual, hashPassword, verifyPassword } from './password-hash.js';

describe('password hashing', () => {
  it('stores the iterations, a salt and a hash, never the password', async () => {
    const hash = await hashPassword('Abcdef12', 3);
    expect(hash).toMatch(/^pbkdf2-sha256\$3\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(hash).not.toContain('Abcdef12');
  });

  it('salts each hash, so one password gives two different hashes', async () => {
    expect(await hashPassword('Abcdef12', 1)).not.toBe(await hashPassword('Abcdef12', 1));
  });

  it('verifies the right password and refuses another or a malformed hash', async () => {
    const hash = await hashPassword('Abcdef12', 2);
    expect(await verifyPassword('Abcdef12', hash)).toBe(true);
    expect(await verifyPassword('Abcdef13', hash)).toBe(false);
    expect(await verifyPassword('Abcdef12', 'plain$text')).toBe(false);
  });

  it('compares bytes of different length as unequal', () => {
    expect(constantTimeEqual(new Uint8Array([1]), new Uint8Array([1, 0]))).toBe(false);
    expect(constantTimeEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2]))).toBe(true);
  });
});
