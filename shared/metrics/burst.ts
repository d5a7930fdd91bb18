/*
 * When an office gets an unusual number of ratings in one hour, compared with its own history: the rule
 * the console flags bursts by (methodology page, "Lonjakan penilaian"). A flag only asks staff to look;
 * nothing is left out of the figures unless a manager or admin excludes the hour, with a reason.
 *
 * The window is one clock hour. The office's normal busy hour is the median of its hours that had any
 * rating in the last 28 days (hours without ratings, nights and weekends, would make every office's
 * median 0); the spread is the median absolute deviation of those hours, scaled to a standard deviation
 * (× 1.4826), and never less than the square root of the median (the spread of a Poisson count) or 1.
 * Both are robust: a few busy hours, or an earlier burst, hardly move them.
 */

export type ScoreCounts = readonly [number, number, number, number];

/** Ratings in an hour below this never flag, however quiet the office: 5 ratings are not a burst. */
export const BURST_MIN_RATINGS = 30;
/** How far back an office's normal rate is taken from: 28 days of hours. */
export const BURST_HISTORY_HOURS = 28 * 24;
/** Spreads above the normal busy hour that make a burst. */
export const BURST_SPREADS = 6;
/** Spreads that suffice when the hour's scores are skewed (see isSkewed). */
export const SKEWED_BURST_SPREADS = 3;
/** A score holding at least this share of the hour's ratings … */
export const SKEWED_SHARE = 0.8;
/** … and at least this much more than its usual share is a skewed hour. */
export const SKEWED_EXCESS = 0.4;
/** 1.4826 × MAD estimates the standard deviation of normally distributed counts. */
const MAD_TO_SD = 1.4826;

/** An office's normal busy hour: `normal` ratings, give or take `spread`, over `activeHours` hours. */
export type HourlyBaseline = { normal: number; spread: number; activeHours: number };

/** The baseline of an office from its ratings per hour over the history (zeros are hours without ratings). */
export function hourlyBaseline(hourlyCounts: ArrayLike<number>): HourlyBaseline {
  const active: number[] = [];
  for (let i = 0; i < hourlyCounts.length; i++) if (hourlyCounts[i]! > 0) active.push(hourlyCounts[i]!);
  if (active.length === 0) return { normal: 0, spread: 1, activeHours: 0 };
  const normal = median(active);
  const mad = median(active.map((count) => Math.abs(count - normal)));
  return { normal, spread: Math.max(MAD_TO_SD * mad, Math.sqrt(normal), 1), activeHours: active.length };
}

/** The fewest ratings in an hour that make a burst, plain or with skewed scores. */
export function burstThreshold(baseline: HourlyBaseline, skewed: boolean): number {
  const spreads = skewed ? SKEWED_BURST_SPREADS : BURST_SPREADS;
  return Math.max(BURST_MIN_RATINGS, Math.ceil(baseline.normal + spreads * baseline.spread));
}

/**
 * Whether an hour's scores are skewed against the office's usual mix: one score holds ≥ 80 % of the
 * hour and ≥ 40 points more than its usual share. Without a usual mix nothing is skewed.
 */
export function isSkewed(hour: ScoreCounts, usual: ScoreCounts): boolean {
  const total = sum(hour);
  const usualTotal = sum(usual);
  if (total === 0 || usualTotal === 0) return false;
  for (let score = 0; score < 4; score++) {
    const share = hour[score]! / total;
    if (share >= SKEWED_SHARE && share - usual[score]! / usualTotal >= SKEWED_EXCESS) return true;
  }
  return false;
}

export type BurstAssessment = { burst: boolean; skewed: boolean; threshold: number };

/** Whether an hour with these scores is a burst for an office with this baseline and usual mix. */
export function assessHour(hour: ScoreCounts, baseline: HourlyBaseline, usual: ScoreCounts): BurstAssessment {
  const skewed = isSkewed(hour, usual);
  const threshold = burstThreshold(baseline, skewed);
  return { burst: sum(hour) >= threshold, skewed, threshold };
}

function sum(counts: ScoreCounts): number {
  return counts[0] + counts[1] + counts[2] + counts[3];
}

function median(values: number[]): number {
  const sorted = values.sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
