import type { ChartSpec } from './chart-spec.ts';

/** One month of a line chart, in percent of the plot: x from the left, y (and the interval) from the top. */
export type LinePoint = {
  index: number;
  x: number;
  /** Null for a month without a value: the line breaks there. */
  y: number | null;
  /** The 95 % interval's ends, top and bottom. */
  interval: [number, number] | null;
  partial: boolean;
  hollow: boolean;
};

export type LineSegment = { from: LinePoint & { y: number }; to: LinePoint & { y: number }; dashed: boolean };

/**
 * Where a line spec's points, whiskers and segments are drawn, with `top` the axis' highest tick. Each month is an
 * equal band and its point sits in the middle; a segment joins two neighbouring months that both have a value,
 * dashed when either is not yet complete (as the table's note says).
 */
export function linePoints(spec: Pick<ChartSpec, 'values' | 'intervals' | 'partial' | 'hollow'>, top: number): { points: LinePoint[]; segments: LineSegment[] } {
  const n = spec.values.length;
  const y = (value: number) => percent(100 - (Math.min(Math.max(value, 0), top) / top) * 100);
  const points = spec.values.map((value, index): LinePoint => {
    const interval = spec.intervals?.[index];
    return {
      index,
      x: percent(((index + 0.5) / n) * 100),
      y: value === null ? null : y(value),
      interval: interval ? [y(interval[1]), y(interval[0])] : null,
      partial: spec.partial?.[index] ?? false,
      hollow: spec.hollow?.[index] ?? false
    };
  });
  const segments: LineSegment[] = [];
  for (let i = 1; i < n; i++) {
    const [from, to] = [points[i - 1]!, points[i]!];
    if (from.y === null || to.y === null) continue;
    segments.push({ from: from as LineSegment['from'], to: to as LineSegment['to'], dashed: from.partial || to.partial });
  }
  return { points, segments };
}

/** Every how many months a name is printed under the axis: about twelve fit a wide chart (a phone shows half). */
export function monthLabelStep(months: number): number {
  return Math.max(1, Math.ceil(months / 13));
}

/** A percentage of the plot to two decimals: finer than a pixel, and it keeps the HTML short. */
export function percent(value: number): number {
  return Math.round(value * 100) / 100;
}
