import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password.ts';

const FAST = { N: 1024, r: 8, p: 1 };

describe('password hashing', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const hash = await hashPassword('rahasia-sekali', FAST);
    expect(hash).toMatch(/^scrypt\$1024\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(await verifyPassword('rahasia-sekali', hash)).toBe(true);
    expect(await verifyPassword('rahasia-sekalI', hash)).toBe(false);
  });

  it('salts every hash', async () => {
    expect(await hashPassword('sama', FAST)).not.toBe(await hashPassword('sama', FAST));
  });

  it('uses the default, memory-hard parameters', async () => {
    expect(await hashPassword('x')).toMatch(/^scrypt\$32768\$8\$1\$/);
  });

  it.each(['', 'bcrypt$1$2$3$4$5', 'scrypt$abc$8$1$c2FsdA$aGFzaA', 'scrypt$1024$8$1$c2FsdA'])('never matches a malformed hash %j', async (stored) => {
    expect(await verifyPassword('x', stored)).toBe(false);
  });
});
