import type { Context } from 'hono';
import { describe, expect, it } from 'vitest';
import { manualClock } from '../clock.ts';
import { clientHasher } from './client-key.ts';

const from = (remoteAddress: string) => ({ env: { incoming: { socket: { remoteAddress } } } }) as unknown as Context;

describe('clientHasher', () => {
  it('keys an address by a salted hash, never the address, the same all day', () => {
    const clock = manualClock(Date.parse('2026-11-25T03:00:00Z'));
    const key = clientHasher(clock);
    const first = key(from('203.0.113.7'));
    expect(first).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(first).not.toContain('203');
    expect(key(from('203.0.113.7'))).toBe(first);
    expect(key(from('203.0.113.8'))).not.toBe(first);
  });

  it('changes every key when the day (the salt) turns', () => {
    const clock = manualClock(Date.parse('2026-11-25T03:00:00Z'));
    const key = clientHasher(clock);
    const today = key(from('203.0.113.7'));
    clock.advance(24 * 3600_000);
    expect(key(from('203.0.113.7'))).not.toBe(today);
  });
});
