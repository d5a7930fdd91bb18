import { BlockList, isIP } from 'node:net';
import { canonicalAddress } from './ip.ts';

/**
 * Which proxies in front of the server may say who the client is (TRUST_PROXY, see docs/operations.md):
 * the number of proxies between the internet and the server, or their addresses and networks.
 * `{ hops: 0 }` trusts nobody: forwarding headers are ignored and the socket's address is the client.
 */
export type TrustProxy = { hops: number } | { proxies: readonly string[] };

export const TRUST_NO_PROXY: TrustProxy = { hops: 0 };

/** The client's address from the socket's and the X-Forwarded-For header (read only when a proxy is trusted). */
export type ClientAddressResolver = (socketAddress: string, forwardedFor: () => string | undefined) => string;

/**
 * TRUST_PROXY as an operator writes it: empty or `0` (trust nobody), a hop count (`1`), or a comma list
 * of proxy addresses and CIDR networks (`10.0.0.5, 192.168.0.0/16, fd00::/8`). Throws on anything else,
 * so a typo stops the start instead of silently trusting nobody (or everybody).
 */
export function parseTrustProxy(value: string): TrustProxy {
  const text = value.trim();
  if (text === '') return TRUST_NO_PROXY;
  if (/^\d+$/.test(text)) return { hops: Number(text) };
  const proxies = text.split(',').map((entry) => entry.trim());
  const bad = proxies.filter((entry) => !validNetwork(entry));
  if (bad.length > 0) throw new Error(`not a hop count nor proxy addresses/CIDRs: ${bad.map((b) => JSON.stringify(b)).join(', ')}`);
  return { proxies };
}

function validNetwork(entry: string): boolean {
  const [address = '', prefix, extra] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || extra !== undefined) return false;
  return prefix === undefined || (/^\d+$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128));
}

/**
 * The one rule every limit keys on. Without trust, the socket's address. With a hop count n, the
 * address n hops to the left of the socket in X-Forwarded-For (each proxy appends the address it saw;
 * the entries further left were written by the client and may be anything). With a proxy list, the
 * first address from the right that is not one of the proxies. The Forwarded header (RFC 7239) is
 * never read: were it read beside X-Forwarded-For, a client could write whichever one the proxy does not.
 */
export function clientAddressResolver(trust: TrustProxy): ClientAddressResolver {
  if ('hops' in trust) {
    const { hops } = trust;
    if (hops === 0) return (socketAddress) => canonicalAddress(socketAddress);
    return (socketAddress, forwardedFor) => {
      const chain = hopChain(socketAddress, forwardedFor);
      return chain[Math.max(0, chain.length - 1 - hops)]!;
    };
  }
  const proxies = new BlockList();
  for (const entry of trust.proxies) {
    const [address, prefix] = entry.split('/') as [string, string | undefined];
    const canonical = canonicalAddress(address);
    const family = isIP(canonical) === 4 ? 'ipv4' : 'ipv6';
    if (prefix === undefined) proxies.addAddress(canonical, family);
    // An IPv4-mapped network keeps its prefix within the IPv4 part.
    else proxies.addSubnet(canonical, family === 'ipv4' && isIP(address) === 6 ? Math.max(0, Number(prefix) - 96) : Number(prefix), family);
  }
  const trusted = (address: string) => {
    const family = isIP(address);
    return family !== 0 && proxies.check(address, family === 4 ? 'ipv4' : 'ipv6');
  };
  return (socketAddress, forwardedFor) => {
    const chain = hopChain(socketAddress, forwardedFor);
    let at = chain.length - 1;
    while (at > 0 && trusted(chain[at]!)) at--;
    return chain[at]!;
  };
}

/** The addresses a request passed, client side first: X-Forwarded-For's entries, then the socket's. */
function hopChain(socketAddress: string, forwardedFor: () => string | undefined): string[] {
  const forwarded = (forwardedFor() ?? '')
    .split(',')
    .map(canonicalAddress)
    .filter((entry) => entry !== '');
  return [...forwarded, canonicalAddress(socketAddress)];
}
