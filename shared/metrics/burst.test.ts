import { describe, expect, it } from 'vitest';
import { assessHour, BURST_MIN_RATINGS, burstThreshold, hourlyBaseline, isSkewed } from './burst.ts';

describe('hourlyBaseline', () => {
  it('is nothing without history', () => {
    expect(hourlyBaseline([0, 0, 0])).toEqual({ normal: 0, spread: 1, activeHours: 0 });
  });

  it('takes the median and scaled MAD of the hours with ratings only', () => {
    // Active hours 2, 4, 6, 8, 30: median 6; deviations 4, 2, 0, 2, 24 → MAD 2 → 2.9652.
    expect(hourlyBaseline([0, 2, 0, 4, 6, 0, 8, 30, 0])).toEqual({ normal: 6, spread: 2.9652, activeHours: 5 });
  });

  it('never spreads less than a Poisson count would', () => {
    // Every hour 16: MAD 0, so the spread is √16 = 4.
    expect(hourlyBaseline([16, 16, 16, 16])).toEqual({ normal: 16, spread: 4, activeHours: 4 });
    expect(hourlyBaseline([1, 1, 0])).toEqual({ normal: 1, spread: 1, activeHours: 2 });
  });

  it('averages the two middle hours of an even count', () => {
    expect(hourlyBaseline([3, 5]).normal).toBe(4);
  });
});

describe('burstThreshold', () => {
  it('is never below the minimum, so a small office does not flag on a handful', () => {
    expect(burstThreshold({ normal: 1, spread: 1, activeHours: 100 }, false)).toBe(BURST_MIN_RATINGS);
    expect(burstThreshold({ normal: 0, spread: 1, activeHours: 0 }, true)).toBe(30);
  });

  it('is the normal hour plus 6 spreads, or 3 when the scores are skewed, rounded up', () => {
    expect(burstThreshold({ normal: 20, spread: 5, activeHours: 100 }, false)).toBe(50);
    expect(burstThreshold({ normal: 20, spread: 5.1, activeHours: 100 }, false)).toBe(51);
    expect(burstThreshold({ normal: 20, spread: 5, activeHours: 100 }, true)).toBe(35);
  });
});

describe('isSkewed', () => {
  it('needs one score at ≥ 80 % that is ≥ 40 points above its usual share', () => {
    expect(isSkewed([80, 10, 5, 5], [10, 10, 40, 40])).toBe(true);
    expect(isSkewed([79, 11, 5, 5], [10, 10, 40, 40])).toBe(false);
    // 90 % score 4 where 60 % is usual: 30 points more, not skewed.
    expect(isSkewed([0, 0, 10, 90], [0, 10, 30, 60])).toBe(false);
  });

  it('is false without a usual mix or without ratings', () => {
    expect(isSkewed([40, 0, 0, 0], [0, 0, 0, 0])).toBe(false);
    expect(isSkewed([0, 0, 0, 0], [1, 1, 1, 1])).toBe(false);
  });
});

describe('assessHour', () => {
  const baseline = { normal: 6, spread: 3, activeHours: 200 };
  const usual = [3, 7, 50, 40] as const;

  it('flags 1,500 score-1 ratings in an hour of an office that normally gets 6', () => {
    expect(assessHour([1500, 0, 0, 0], baseline, usual)).toEqual({ burst: true, skewed: true, threshold: 30 });
  });

  it('does not flag a busy hour of the usual mix below the minimum', () => {
    expect(assessHour([1, 2, 12, 10], baseline, usual)).toEqual({ burst: false, skewed: false, threshold: 30 });
  });

  it('lowers the bar for a skewed hour of a busy office', () => {
    const busy = { normal: 40, spread: 10, activeHours: 200 };
    expect(assessHour([2, 5, 40, 33], busy, usual)).toEqual({ burst: false, skewed: false, threshold: 100 });
    expect(assessHour([70, 0, 0, 0], busy, usual)).toEqual({ burst: true, skewed: true, threshold: 70 });
    expect(assessHour([69, 0, 0, 0], busy, usual).burst).toBe(false);
  });
});
