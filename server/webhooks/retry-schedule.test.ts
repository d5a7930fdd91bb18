import { describe, expect, it } from 'vitest';
import { JITTER, nextAttemptAt, RETRY_DELAYS_MS } from './retry-schedule.ts';

describe('retry schedule', () => {
  it('waits 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h, then gives up', () => {
    const waits = [1, 2, 3, 4, 5, 6, 7].map((attempts) => nextAttemptAt(0, attempts, () => 0.5));
    expect(waits).toEqual([5_000, 300_000, 1_800_000, 7_200_000, 18_000_000, 36_000_000, 36_000_000]);
    expect(nextAttemptAt(0, 8, () => 0.5)).toBeUndefined();
  });

  it('jitters each wait by at most a tenth either way', () => {
    for (const [i, wait] of RETRY_DELAYS_MS.entries()) {
      expect(nextAttemptAt(1000, i + 1, () => 0)).toBe(1000 + Math.round(wait * (1 - JITTER)));
      expect(nextAttemptAt(1000, i + 1, () => 0.999999)).toBeLessThanOrEqual(1000 + Math.round(wait * (1 + JITTER)));
    }
  });
});
