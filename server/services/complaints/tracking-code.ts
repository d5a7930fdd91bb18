import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { CODE_ALPHABET as ALPHABET, encodeCrockford, normaliseSecret, SECRET_LENGTH } from '../../../shared/codes/codes.ts';

/** `SL-XXXX-XXXX-XX`: 50 random bits, unguessable, short enough to write on a slip. */
export function newTrackingCode(): string {
  const chars = Array.from({ length: 10 }, () => ALPHABET[randomInt(32)]);
  return `SL-${chars.slice(0, 4).join('')}-${chars.slice(4, 8).join('')}-${chars.slice(8).join('')}`;
}

/** The citizen's secret: 120 random bits as 24 characters of the code alphabet; only its hash is stored. */
export function newSecret(): { secret: string; secretHash: string } {
  return secretOf(randomBytes(15));
}

/** A secret made of 15 given bytes (random, or derived from an Idempotency-Key), and its hash. */
export function secretOf(bytes: Uint8Array): { secret: string; secretHash: string } {
  const secret = encodeCrockford(bytes, SECRET_LENGTH);
  return { secret, secretHash: hashSecret(secret) };
}

// A high-entropy secret needs no slow hash: sha256 is enough and keeps verification cheap.
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/**
 * Constant-time comparison of a presented secret with the stored hash. A secret in the code alphabet is read the
 * way people type it (groups, lower case, O for 0); an older base64url secret is compared exactly, as it always was.
 */
export function secretMatches(secret: string, secretHash: string): boolean {
  const presented = Buffer.from(hashSecret(normaliseSecret(secret)), 'hex');
  const stored = Buffer.from(secretHash, 'hex');
  return presented.length === stored.length && timingSafeEqual(presented, stored);
}
