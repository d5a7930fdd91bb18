import { describe, expect, it } from 'vitest';
import { linePoints, monthLabelStep } from './line-points.ts';

describe('linePoints', () => {
  it('puts each month in the middle of its band, y from the top of a 0–100 axis', () => {
    const { points } = linePoints({ values: [50, 80, null, 100] }, 100);
    expect(points.map((p) => [p.x, p.y])).toEqual([
      [12.5, 50],
      [37.5, 20],
      [62.5, null],
      [87.5, 0]
    ]);
  });

  it('draws the interval top first and clamps it to the axis', () => {
    const { points } = linePoints({ values: [90], intervals: [[80.5, 104]] }, 100);
    expect(points[0]!.interval).toEqual([0, 19.5]);
  });

  it('breaks the line at a month without ratings and dashes it into a month not yet complete', () => {
    const { segments } = linePoints({ values: [40, 60, null, 70, 75], partial: [false, false, false, false, true] }, 100);
    expect(segments.map((s) => [s.from.index, s.to.index, s.dashed])).toEqual([
      [0, 1, false],
      [3, 4, true]
    ]);
  });

  it('keeps the hollow and partial marks per month', () => {
    const { points } = linePoints({ values: [10, 20], partial: [true, false], hollow: [false, true] }, 100);
    expect(points.map((p) => [p.partial, p.hollow])).toEqual([
      [true, false],
      [false, true]
    ]);
  });
});

describe('monthLabelStep', () => {
  it('names every month up to thirteen, then every second, third…', () => {
    expect([1, 12, 13, 14, 26, 27].map(monthLabelStep)).toEqual([1, 1, 1, 2, 2, 3]);
  });
});
