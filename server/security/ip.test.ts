import { describe, expect, it } from 'vitest';
import { canonicalAddress, ipv6Groups, limitKeyOf } from './ip.ts';

describe('canonicalAddress', () => {
  it.each([
    ['203.0.113.7', '203.0.113.7'],
    [' 203.0.113.7:51234 ', '203.0.113.7'],
    ['::ffff:203.0.113.7', '203.0.113.7'],
    ['::FFFF:cb00:7107', '203.0.113.7'],
    ['[2001:DB8::1]:443', '2001:db8::1'],
    ['fe80::1%eth0', 'fe80::1'],
    ['unknown', 'unknown']
  ])('writes %j as %j', (written, canonical) => {
    expect(canonicalAddress(written)).toBe(canonical);
  });
});

describe('limitKeyOf', () => {
  it('keys an IPv4 client by its address, an IPv4-mapped one as IPv4', () => {
    expect(limitKeyOf('198.51.100.23')).toBe('198.51.100.23');
    expect(limitKeyOf('::ffff:198.51.100.23')).toBe('198.51.100.23');
  });

  it('keys two IPv6 addresses of one /64 alike, of different /64s apart', () => {
    expect(limitKeyOf('2001:db8:aa:1::1')).toBe('2001:db8:aa:1::/64');
    expect(limitKeyOf('2001:db8:aa:1:ffff:1234:5678:9abc')).toBe('2001:db8:aa:1::/64');
    expect(limitKeyOf('2001:db8:aa:2::1')).toBe('2001:db8:aa:2::/64');
    expect(limitKeyOf('::1')).toBe('0:0:0:0::/64');
  });
});

describe('ipv6Groups', () => {
  it('expands :: and a dotted tail', () => {
    expect(ipv6Groups('2001:db8::1')).toEqual([0x2001, 0xdb8, 0, 0, 0, 0, 0, 1]);
    expect(ipv6Groups('::ffff:1.2.3.4')).toEqual([0, 0, 0, 0, 0, 0xffff, 0x102, 0x304]);
    expect(ipv6Groups('1:2:3:4:5:6:7:8')).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });
});
