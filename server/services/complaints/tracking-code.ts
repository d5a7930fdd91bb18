import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

// Crockford base32: no I, L, O, U, so codes survive being read aloud or copied by hand.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** `SL-XXXX-XXXX-XX`: 50 random bits, unguessable, short enough to write on a slip. */
export function newTrackingCode(): string {
  const chars = Array.from({ length: 10 }, () => ALPHABET[randomInt(32)]);
  return `SL-${chars.slice(0, 4).join('')}-${chars.slice(4, 8).join('')}-${chars.slice(8).join('')}`;
}

/** The citizen's secret: 128 random bits; only its hash is stored. */
export function newSecret(): { secret: string; secretHash: string } {
  const secret = randomBytes(16).toString('base64url');
  return { secret, secretHash: hashSecret(secret) };
}

// A high-entropy secret needs no slow hash: sha256 is enough and keeps verification cheap.
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** Constant-time comparison of a presented secret with the stored hash. */
export function secretMatches(secret: string, secretHash: string): boolean {
  const presented = Buffer.from(hashSecret(secret), 'hex');
  const stored = Buffer.from(secretHash, 'hex');
  return presented.length === stored.length && timingSafeEqual(presented, stored);
}
