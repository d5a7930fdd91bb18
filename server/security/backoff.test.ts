import { describe, expect, it } from 'vitest';
import { manualClock } from '../clock.ts';
import { Backoff } from './backoff.ts';

const policy = { free: 2, firstWaitMs: 1_000, maxWaitMs: 8_000, forgetMs: 60_000 };

describe('Backoff', () => {
  it('lets the free failures pass, then doubles the wait with each further failure, up to the ceiling', () => {
    const clock = manualClock(0);
    const backoff = new Backoff(clock, policy);
    const waits: number[] = [];
    for (let i = 0; i < 7; i++) {
      backoff.fail('a');
      waits.push(backoff.blockedFor('a'));
      clock.advance(backoff.blockedFor('a'));
    }
    expect(waits).toEqual([0, 0, 1_000, 2_000, 4_000, 8_000, 8_000]);
  });

  it('slows only the key that failed', () => {
    const backoff = new Backoff(manualClock(0), policy);
    for (let i = 0; i < 5; i++) backoff.fail('attacker');
    expect(backoff.blockedFor('attacker')).toBe(4_000);
    expect(backoff.blockedFor('owner')).toBe(0);
  });

  it('forgets a key after a success, or after forgetMs without failures', () => {
    const clock = manualClock(0);
    const backoff = new Backoff(clock, policy);
    for (let i = 0; i < 3; i++) backoff.fail('a');
    backoff.reset('a');
    expect(backoff.blockedFor('a')).toBe(0);
    for (let i = 0; i < 3; i++) backoff.fail('b');
    clock.advance(60_001);
    backoff.fail('b');
    expect(backoff.blockedFor('b')).toBe(0);
  });

  it('stays bounded under many keys, dropping the oldest', () => {
    const backoff = new Backoff(manualClock(0), policy, 100);
    for (let i = 0; i < 1000; i++) for (let j = 0; j < 3; j++) backoff.fail(`k${i}`);
    expect(backoff.blockedFor('k999')).toBe(1_000);
    expect(backoff.blockedFor('k0')).toBe(0);
  });
});
