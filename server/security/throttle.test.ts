import { describe, expect, it } from 'vitest';
import { manualClock } from '../clock.ts';
import { FailureThrottle } from './throttle.ts';

const MINUTE = 60_000;

describe('FailureThrottle', () => {
  it('blocks after the limit until the oldest failure leaves the window', () => {
    const clock = manualClock(0);
    const throttle = new FailureThrottle(clock, 3, 10 * MINUTE);
    for (let i = 0; i < 3; i++) {
      expect(throttle.blockedFor('a')).toBe(0);
      throttle.fail('a');
      clock.advance(MINUTE);
    }
    expect(throttle.blockedFor('a')).toBe(7 * MINUTE);
    expect(throttle.blockedFor('b')).toBe(0);
    clock.advance(7 * MINUTE);
    expect(throttle.blockedFor('a')).toBe(0);
  });

  it('forgets a key on reset', () => {
    const throttle = new FailureThrottle(manualClock(0), 1, MINUTE);
    throttle.fail('a');
    expect(throttle.blockedFor('a')).toBeGreaterThan(0);
    throttle.reset('a');
    expect(throttle.blockedFor('a')).toBe(0);
  });

  it('stays bounded under many keys', () => {
    const throttle = new FailureThrottle(manualClock(0), 5, MINUTE, 100);
    for (let i = 0; i < 1000; i++) throttle.fail(`k${i}`);
    expect(throttle.blockedFor('k999')).toBe(0);
  });
});
