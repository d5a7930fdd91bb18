import { describe, expect, it } from 'vitest';
import { satisfactionSummary, wilsonInterval } from './wilson.ts';

// Expected bounds were computed independently with Python's decimal module at 40 digits, from the
// algebraically equivalent form (2s + z² ∓ z·√(z² + 4s(n−s)/n)) / (2(n + z²)), z = 1.959963984540054.
const DIGITS = 13;

describe('wilsonInterval', () => {
  it('is null without data', () => {
    expect(wilsonInterval(0, 0)).toBeNull();
  });

  it('matches hand-computed bounds', () => {
    const cases: [number, number, number, number][] = [
      [0, 10, 0, 0.2775327998628892],
      [5, 10, 0.236593090512564, 0.763406909487436],
      [10, 10, 0.7224672001371109, 1],
      [81, 100, 0.7222115462093562, 0.8748524849023126],
      [1, 1, 0.2065493143772374, 1],
      [3, 4, 0.3006418425824019, 0.9544127391902995]
    ];
    for (const [s, n, lower, upper] of cases) {
      const ci = wilsonInterval(s, n);
      expect(ci).not.toBeNull();
      expect(ci![0]).toBeCloseTo(lower, DIGITS);
      expect(ci![1]).toBeCloseTo(upper, DIGITS);
    }
  });

  it('pins the extremes exactly to 0 and 1', () => {
    expect(wilsonInterval(0, 7)![0]).toBe(0);
    expect(wilsonInterval(7, 7)![1]).toBe(1);
  });

  it('honours a custom z', () => {
    // z = 1, s = 1, n = 2: (2 + 1 ∓ √(1 + 2)) / (2·3) = (3 ∓ √3) / 6
    const [lower, upper] = wilsonInterval(1, 2, 1)!;
    expect(lower).toBeCloseTo((3 - Math.sqrt(3)) / 6, 15);
    expect(upper).toBeCloseTo((3 + Math.sqrt(3)) / 6, 15);
  });

  it('rejects impossible input', () => {
    expect(() => wilsonInterval(3, 2)).toThrow(RangeError);
    expect(() => wilsonInterval(-1, 2)).toThrow(RangeError);
    expect(() => wilsonInterval(0, -1)).toThrow(RangeError);
    expect(() => wilsonInterval(NaN, 2)).toThrow(RangeError);
  });
});

describe('satisfactionSummary', () => {
  it('summarises SKM counts', () => {
    // 2×1 + 3×2 + 40×3 + 55×4 = 2 + 6 + 120 + 220 = 348 over 100 responses → mean 3.48; satisfied 95/100.
    const counts = [2, 3, 40, 55] as const;
    const summary = satisfactionSummary(counts);
    expect(summary.responses).toBe(100);
    expect(summary.satisfiedShare).toBe(0.95);
    expect(summary.mean).toBe(3.48);
    expect(summary.distribution).toEqual([2, 3, 40, 55]);
    expect(summary.distribution).not.toBe(counts);
    // Wilson 95/100 (decimal, 40 digits): [0.88824953076808086…, 0.97845632084563203…]
    expect(summary.ci95![0]).toBeCloseTo(0.8882495307680809, DIGITS);
    expect(summary.ci95![1]).toBeCloseTo(0.978456320845632, DIGITS);
  });

  it('returns nulls but keeps the shape for no responses', () => {
    expect(satisfactionSummary([0, 0, 0, 0])).toEqual({
      responses: 0,
      satisfiedShare: null,
      ci95: null,
      mean: null,
      distribution: [0, 0, 0, 0]
    });
  });

  it('counts only 3 and 4 as satisfied', () => {
    // 1×1 + 1×2 = 3 over 2 → mean 1.5; nobody satisfied → CI [0, z²/(2 + z²)] = [0, 0.65761977249334691…]
    const summary = satisfactionSummary([1, 1, 0, 0]);
    expect(summary.satisfiedShare).toBe(0);
    expect(summary.mean).toBe(1.5);
    expect(summary.ci95![0]).toBe(0);
    expect(summary.ci95![1]).toBeCloseTo(0.6576197724933469, DIGITS);
  });

  it('rejects negative or fractional counts', () => {
    expect(() => satisfactionSummary([1, -1, 0, 0])).toThrow(RangeError);
    expect(() => satisfactionSummary([1, 0.5, 0, 0])).toThrow(RangeError);
  });
});
