import { isIP } from 'node:net';

/**
 * An address as sockets and proxies write it, in one spelling: without brackets, port or zone,
 * lower case, and an IPv4-mapped IPv6 address (`::ffff:203.0.113.7`, what a dual-stack socket
 * reports for an IPv4 client) as the IPv4 address it is. Anything that is not an address comes back trimmed.
 */
export function canonicalAddress(written: string): string {
  if (isIP(written) === 4) return written;
  let address = written.trim().toLowerCase();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed) address = bracketed[1]!;
  else if (/^[\d.]+:\d+$/.test(address)) address = address.slice(0, address.indexOf(':'));
  address = address.replace(/%.*$/, '');
  if (isIP(address) !== 6) return address;
  const groups = ipv6Groups(address);
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) return `${groups[6]! >> 8}.${groups[6]! & 255}.${groups[7]! >> 8}.${groups[7]! & 255}`;
  return address;
}

/**
 * What the limits count as one client: an IPv4 address, or an IPv6 address's /64. One home or phone
 * gets a whole /64 and picks addresses from it freely, so keying by the full address would give it
 * billions of fresh limits.
 */
export function limitKeyOf(address: string): string {
  const canonical = canonicalAddress(address);
  if (isIP(canonical) !== 6) return canonical;
  return `${ipv6Groups(canonical)
    .slice(0, 4)
    .map((g) => g.toString(16))
    .join(':')}::/64`;
}

/** The eight 16-bit groups of a valid IPv6 address (with `::` expanded and a dotted IPv4 tail converted). */
export function ipv6Groups(address: string): number[] {
  let text = address;
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.split('::') as [string, string | undefined];
  const parse = (part: string | undefined) => (part ? part.split(':').map((g) => parseInt(g, 16)) : []);
  const left = parse(head);
  const right = parse(tail);
  return tail === undefined ? left : [...left, ...Array<number>(8 - left.length - right.length).fill(0), ...right];
}
