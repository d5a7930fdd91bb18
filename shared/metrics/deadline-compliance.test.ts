import { describe, expect, it } from 'vitest';
import { deadlineCompliance } from './deadline-compliance.ts';

const NOW = 10_000;

describe('deadlineCompliance', () => {
  it('splits items and divides on-time by everything already decided', () => {
    const result = deadlineCompliance(
      [
        { deadline: 5_000, doneAt: 4_000 }, // on time
        { deadline: 5_000, doneAt: 5_000 }, // on time: the deadline millisecond itself counts
        { deadline: 5_000, doneAt: 5_001 }, // late
        { deadline: 20_000, doneAt: 19_000 }, // on time, done before now
        { deadline: 9_999 }, // pending, overdue
        { deadline: 10_000 }, // pending, deadline is now: still within
        { deadline: 30_000 } // pending, within
      ],
      NOW
    );
    // share = 3 / (3 + 1 + 1) = 0.6
    expect(result).toEqual({ onTime: 3, late: 1, pendingOverdue: 1, pendingWithinDeadline: 2, share: 0.6 });
  });

  it('is null when nothing is decided yet', () => {
    expect(deadlineCompliance([], NOW).share).toBeNull();
    expect(deadlineCompliance([{ deadline: NOW + 1 }], NOW)).toEqual({
      onTime: 0,
      late: 0,
      pendingOverdue: 0,
      pendingWithinDeadline: 1,
      share: null
    });
  });

  it('counts pending overdue work against the office', () => {
    // 1 on time, 2 overdue → 1/3
    const result = deadlineCompliance([{ deadline: 0, doneAt: 0 }, { deadline: 1 }, { deadline: 2 }], NOW);
    expect(result.share).toBe(1 / 3);
  });
});
