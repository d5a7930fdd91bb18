import { describe, expect, it } from 'vitest';
import { clientAddressResolver, parseTrustProxy, type TrustProxy } from './client-address.ts';

const resolverFor = (trust: TrustProxy) => {
  const resolve = clientAddressResolver(trust);
  return (socketAddress: string, forwardedFor: string | undefined) => resolve(socketAddress, () => forwardedFor);
};

describe('parseTrustProxy', () => {
  it('reads nothing or 0 as "trust no proxy", a number as hops, a list as proxies', () => {
    expect(parseTrustProxy('')).toEqual({ hops: 0 });
    expect(parseTrustProxy('0')).toEqual({ hops: 0 });
    expect(parseTrustProxy(' 2 ')).toEqual({ hops: 2 });
    expect(parseTrustProxy('10.0.0.5, 192.168.0.0/16,fd00::/8, ::1')).toEqual({ proxies: ['10.0.0.5', '192.168.0.0/16', 'fd00::/8', '::1'] });
  });

  it.each(['true', 'yes', '10.0.0.0/33', '10.0.0.5,', 'proxy.local', '-1', '10.0.0.0/8/8'])('refuses %j rather than guess', (value) => {
    expect(() => parseTrustProxy(value)).toThrow(/hop count|CIDR/);
  });
});

describe('clientAddressResolver', () => {
  it('without trust takes the socket address and ignores a spoofed X-Forwarded-For', () => {
    const resolve = resolverFor({ hops: 0 });
    expect(resolve('198.51.100.23', '203.0.113.66')).toBe('198.51.100.23');
    expect(resolve('::ffff:198.51.100.23', undefined)).toBe('198.51.100.23');
  });

  it('with one hop takes the address the proxy appended, not what the client wrote before it', () => {
    const resolve = resolverFor({ hops: 1 });
    expect(resolve('127.0.0.1', '203.0.113.7')).toBe('203.0.113.7');
    expect(resolve('127.0.0.1', '1.1.1.1, 6.6.6.6, 203.0.113.7')).toBe('203.0.113.7');
    expect(resolve('127.0.0.1', undefined)).toBe('127.0.0.1');
  });

  it('with two hops skips both proxies, and stops at the leftmost entry when there are fewer', () => {
    const resolve = resolverFor({ hops: 2 });
    expect(resolve('10.0.0.2', 'spoof, 203.0.113.7, 10.0.0.1')).toBe('203.0.113.7');
    expect(resolve('10.0.0.2', '203.0.113.7')).toBe('203.0.113.7');
  });

  it('with a proxy list walks left past trusted proxies only', () => {
    const resolve = resolverFor({ proxies: ['10.0.0.0/8', '::1'] });
    expect(resolve('10.0.0.2', '6.6.6.6, 203.0.113.7, 10.9.9.9')).toBe('203.0.113.7');
    expect(resolve('::1', '2001:db8::5')).toBe('2001:db8::5');
    expect(resolve('::ffff:10.0.0.2', '203.0.113.7')).toBe('203.0.113.7');
    // Not from a trusted proxy: its header is the client's own words.
    expect(resolve('198.51.100.23', '203.0.113.7')).toBe('198.51.100.23');
    // All trusted: the leftmost entry is the best there is.
    expect(resolve('10.0.0.2', '10.0.0.1')).toBe('10.0.0.1');
  });
});
