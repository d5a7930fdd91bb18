import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

/** How a host name becomes addresses; injected so tests can play a DNS server that lies. */
export type Resolve = (host: string) => Promise<{ address: string; family: number }[]>;

export const systemResolve: Resolve = (host) => lookup(host, { all: true, verbatim: true });

/** Refused before any byte is sent: the endpoint's address is not one of the public internet (docs/webhooks.md). */
export class BlockedAddressError extends Error {
  constructor(
    readonly host: string,
    readonly address: string,
    readonly range: string
  ) {
    super(`${host} → ${address} (${range}): alamat tidak publik / not a public address`);
  }
}

/**
 * The range a literal address belongs to, or undefined when it is public unicast. Everything ipaddr.js names is
 * refused (loopback, private, link-local, unique-local, carrier-grade NAT, multicast, unspecified, reserved…);
 * an IPv4-mapped IPv6 address (::ffff:10.0.0.1) is judged as the IPv4 address inside it.
 */
export function nonPublicRange(address: string): string | undefined {
  let parsed: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    parsed = ipaddr.parse(address.replace(/^\[|\]$/g, '').replace(/%.*$/, ''));
  } catch {
    return 'invalid';
  }
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  const range = parsed.range();
  return range === 'unicast' ? undefined : range;
}

/** Hosts an admin allowed although they are not public (WEBHOOK_ALLOWED_HOSTS): exact names or literal addresses. */
export const isAllowedHost = (host: string, allowedHosts: readonly string[]) => allowedHosts.includes(host.toLowerCase().replace(/^\[|\]$/g, ''));

/**
 * Resolves `host` and returns the one address to connect to, after checking every address the name has: a name
 * with one private address among public ones is refused whole, so a rebinding server cannot win by order.
 * The caller connects to exactly this address (./send.ts), so a second, different answer is never used.
 */
export async function checkedAddress(host: string, { allowedHosts, resolve }: { allowedHosts: readonly string[]; resolve: Resolve }): Promise<{ address: string; family: number }> {
  const bare = host.replace(/^\[|\]$/g, '');
  const allowed = isAllowedHost(bare, allowedHosts);
  const addresses = isIP(bare) ? [{ address: bare, family: isIP(bare) }] : await resolve(bare);
  if (addresses.length === 0) throw new Error(`${host}: tidak ada alamat / no address`);
  if (!allowed) {
    for (const { address } of addresses) {
      const range = nonPublicRange(address);
      if (range) throw new BlockedAddressError(host, address, range);
    }
  }
  return addresses[0]!;
}
