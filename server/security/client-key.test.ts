import type { Context } from 'hono';
import { describe, expect, it } from 'vitest';
import { manualClock } from '../clock.ts';
import { CLIENT_ADDRESS_HEADER } from '../../shared/schemas/index.ts';
import { clientAddressResolver } from './client-address.ts';
import { clientHasher } from './client-key.ts';

/** A request as @hono/node-server hands it over: its socket in `env.incoming`, its headers on `req`. */
const from = (remoteAddress: string, headers: Record<string, string> = {}) =>
  ({ env: { incoming: { socket: { remoteAddress } } }, req: { header: (name: string) => headers[name.toLowerCase()] } }) as unknown as Context;
/** A request from the pages, in-process: no socket, the visitor's address passed on in a header. */
const inProcess = (address?: string) => ({ env: undefined, req: { header: (name: string) => (name === CLIENT_ADDRESS_HEADER && address) || undefined } }) as unknown as Context;

const NOW = Date.parse('2026-11-25T03:00:00Z');

describe('clientHasher', () => {
  it('keys an address by a salted hash, never the address, the same all day', () => {
    const key = clientHasher(manualClock(NOW));
    const first = key(from('203.0.113.7'));
    expect(first).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(first).not.toContain('203');
    expect(key(from('203.0.113.7'))).toBe(first);
    expect(key(from('203.0.113.8'))).not.toBe(first);
  });

  it('changes every key when the day (the salt) turns', () => {
    const clock = manualClock(NOW);
    const key = clientHasher(clock);
    const today = key(from('203.0.113.7'));
    clock.advance(24 * 3600_000);
    expect(key(from('203.0.113.7'))).not.toBe(today);
  });

  it('keys two IPv6 addresses in one /64 as one client, in different /64s apart, and IPv4-mapped as IPv4', () => {
    const key = clientHasher(manualClock(NOW));
    expect(key(from('2001:db8:1:2::a'))).toBe(key(from('2001:db8:1:2:ffff::b')));
    expect(key(from('2001:db8:1:2::a'))).not.toBe(key(from('2001:db8:1:3::a')));
    expect(key(from('::ffff:203.0.113.7'))).toBe(key(from('203.0.113.7')));
    expect(key(inProcess('2001:db8:1:2::c'))).toBe(key(from('2001:db8:1:2::a')));
  });

  it('ignores X-Forwarded-For without a trusted proxy, and follows it with one', () => {
    const untrusting = clientHasher(manualClock(NOW));
    expect(untrusting(from('10.0.0.1', { 'x-forwarded-for': '203.0.113.7' }))).toBe(untrusting(from('10.0.0.1', { 'x-forwarded-for': '198.51.100.9' })));
    const behindProxy = clientHasher(manualClock(NOW), clientAddressResolver({ hops: 1 }));
    expect(behindProxy(from('10.0.0.1', { 'x-forwarded-for': '203.0.113.7' }))).not.toBe(behindProxy(from('10.0.0.1', { 'x-forwarded-for': '198.51.100.9' })));
    expect(behindProxy(from('10.0.0.1', { 'x-forwarded-for': '203.0.113.7' }))).toBe(behindProxy(inProcess('203.0.113.7')));
  });

  it('gives no key to an in-process request without an address', () => {
    expect(clientHasher(manualClock(NOW))(inProcess())).toBeUndefined();
  });
});
