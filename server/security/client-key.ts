import { createHash, randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Context } from 'hono';
import { CLIENT_ADDRESS_HEADER } from '../../shared/schemas/index.ts';
import type { Clock } from '../clock.ts';
import { clientAddressResolver, TRUST_NO_PROXY, type ClientAddressResolver } from './client-address.ts';
import { limitKeyOf } from './ip.ts';

const DAY = 86_400_000;
const MAX_REMEMBERED = 10_000;

/**
 * The client's address as every limit sees it. A request that came over the network: its socket's
 * address, or with TRUST_PROXY the one the proxies forwarded (client-address.ts). One that came
 * in-process from the pages (no socket): the address the pages pass on, which server/main.ts resolved
 * by the same rule and which outsiders cannot inject: their requests always have a socket.
 */
export function clientAddressOf(c: Context, resolve: ClientAddressResolver): string | undefined {
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  if (!incoming) return c.req.header(CLIENT_ADDRESS_HEADER);
  return resolve(incoming.socket?.remoteAddress ?? 'unknown', () => c.req.header('x-forwarded-for'));
}

/**
 * No raw IP address is kept; abuse control keys on a salted hash whose salt changes daily, of the
 * client's address (an IPv6 client's /64, ip.ts).
 */
export function clientHasher(
  clock: Clock,
  resolve: ClientAddressResolver = clientAddressResolver(TRUST_NO_PROXY)
): ((c: Context) => string | undefined) & {
  /** The same key for a request read straight off Node's server (server/hot-routes): it always has a socket. */
  ofRequest(req: IncomingMessage): string;
} {
  const keyOf = addressHasher(clock);
  // In-process without a passed-on address: every visitor of the pages would share one key, and
  // throttling it would lock everybody out, so per-client limits do not apply (per-code ones do).
  const ofContext = (c: Context) => {
    const address = clientAddressOf(c, resolve);
    return address === undefined ? undefined : keyOf(address);
  };
  const forwardedFor = (req: IncomingMessage) => () => req.headers['x-forwarded-for'] as string | undefined;
  return Object.assign(ofContext, { ofRequest: (req: IncomingMessage) => keyOf(resolve(req.socket.remoteAddress ?? 'unknown', forwardedFor(req))) });
}

function addressHasher(clock: Clock): (address: string) => string {
  const secret = randomBytes(32);
  // Today's hashes by address, in memory only (never written) and forgotten when the day (the salt) turns or
  // too many clients came: hashing on every request was a tenth of a rating's CPU, and the rate limiter asks twice.
  let today = -1;
  const hashes = new Map<string, string>();
  return (address) => {
    const day = Math.floor(clock.now() / DAY);
    if (day !== today || hashes.size >= MAX_REMEMBERED) {
      today = day;
      hashes.clear();
    }
    let hash = hashes.get(address);
    if (hash === undefined) {
      hash = createHash('sha256')
        .update(secret)
        .update(`${day}|${limitKeyOf(address)}`)
        .digest('base64url')
        .slice(0, 22);
      hashes.set(address, hash);
    }
    return hash;
  };
}
