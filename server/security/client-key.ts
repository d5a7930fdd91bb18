import { createHash, randomBytes } from 'node:crypto';
import type { Context } from 'hono';
import { CLIENT_ADDRESS_HEADER } from '../../shared/schemas/index.ts';
import type { Clock } from '../clock.ts';

const DAY = 86_400_000;
const MAX_REMEMBERED = 10_000;

/**
 * DESIGN §6: no raw IP address is kept; abuse control keys on a salted hash whose salt changes daily.
 * A request that came over the network is keyed by its socket address. One that came in-process from
 * the pages (no socket) by the address the pages pass on, which outsiders cannot inject: their
 * requests always have a socket.
 */
export function clientHasher(clock: Clock): (c: Context) => string | undefined {
  const secret = randomBytes(32);
  // Today's hashes by address, in memory only (never written) and forgotten when the day (the salt) turns or
  // too many clients came: hashing on every request was a tenth of a rating's CPU, and the rate limiter asks twice.
  let today = -1;
  const hashes = new Map<string, string>();
  return (c) => {
    const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
    const address = incoming ? (incoming.socket?.remoteAddress ?? 'unknown') : c.req.header(CLIENT_ADDRESS_HEADER);
    // In-process without a passed-on address: every visitor of the pages would share one key, and
    // throttling it would lock everybody out, so per-client limits do not apply (per-code ones do).
    if (address === undefined) return undefined;
    const day = Math.floor(clock.now() / DAY);
    if (day !== today || hashes.size >= MAX_REMEMBERED) {
      today = day;
      hashes.clear();
    }
    let hash = hashes.get(address);
    if (hash === undefined) {
      hash = createHash('sha256').update(secret).update(`${day}|${address}`).digest('base64url').slice(0, 22);
      hashes.set(address, hash);
    }
    return hash;
  };
}
