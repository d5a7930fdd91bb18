// Crockford base32 (https://www.crockford.com/base32.html): digits and capitals without I, L, O and U, so a code
// survives being read aloud, written on paper and typed back. The tracking code and the secret share it.
export const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Characters in a secret: 24 × 5 = 120 random bits, six groups of four. */
export const SECRET_LENGTH = 24;

const TRACKING_BODY = 10;

/**
 * What a person typed, as Crockford reads it: upper case, no spaces or hyphens, O as 0, I and L as 1.
 * Null when something else is left (a U, punctuation, another script): the input is not in the code alphabet.
 */
function crockfordCompact(raw: string): string | null {
  const compact = raw
    .toUpperCase()
    .replace(/[\s-]+/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  return /^[0-9A-HJKMNP-TV-Z]*$/.test(compact) ? compact : null;
}

/**
 * A tracking code as people type it (`sl jjgd 74ao fo`, `SLJJGD74A0F0`, `jjgd-74a0-f0`) in its one written form
 * `SL-JJGD-74A0-F0`. Anything that is not such a code comes back trimmed and upper-cased, as codes were always read.
 */
export function normaliseTrackingCode(raw: string): string {
  const spaced = raw.trim().toUpperCase();
  const joined = spaced.replace(/[\s-]+/g, '');
  // The prefix is letters, not code characters: read it before its L could become a 1.
  const body = crockfordCompact(joined.length === TRACKING_BODY + 2 && /^S[L1I]/.test(joined) ? joined.slice(2) : joined);
  if (body === null || body.length !== TRACKING_BODY) return spaced;
  return `SL-${body.slice(0, 4)}-${body.slice(4, 8)}-${body.slice(8)}`;
}

/**
 * A secret as people type it, in the form its hash was made of: `7k3m q9xa …` → `7K3MQ9XA…`. Only a string that
 * reads as exactly SECRET_LENGTH code characters is rewritten; anything else (the older base64url secrets, which
 * are 22 characters and case-sensitive) comes back as it was, so it is compared exactly as before.
 */
export function normaliseSecret(raw: string): string {
  const compact = crockfordCompact(raw);
  return compact !== null && compact.length === SECRET_LENGTH ? compact : raw.trim();
}

/** `ABCDEFGH…` → `ABCD EFGH …`: how a secret is shown, so it never wraps mid-group and is easy to copy by eye. */
export function groupsOfFour(code: string): string {
  return code.replace(/(.{4})(?=.)/g, '$1 ');
}

/** `bytes` as `length` Crockford characters, five bits each, most significant first. */
export function encodeCrockford(bytes: Uint8Array, length: number): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = ((buffer << 8) | byte) & 0xffff;
    bits += 8;
    while (bits >= 5 && out.length < length) {
      bits -= 5;
      out += CODE_ALPHABET[(buffer >> bits) & 31];
    }
  }
  if (out.length < length) throw new RangeError(`${bytes.length} bytes make fewer than ${length} characters`);
  return out;
}
