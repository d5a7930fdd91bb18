// docs/methodology.md: response and resolution times are reported as median and p90 with complaints still open
// counted as censored observations (Kaplan & Meier 1958), so an office cannot look fast by not answering.

/** One complaint's time-to-event; observed = false means still open (censored) at `duration`. */
export type Observation = { duration: number; observed: boolean };

/** A KM quantile; moreThan = true means the curve never fell that low, so the figure reads "more than value". */
export type KmQuantile = { value: number; moreThan: boolean };

// Survival is a running product of floats, so an exact step such as 10/10 · 9/10 … may land at
// 0.5000000000000001; comparisons with 1 − q allow this much slack so exact ties count as reached.
const TOLERANCE = 1e-9;

/** Kaplan–Meier product-limit estimate S(t) at each event time; at tied times events precede censorings. */
export function kaplanMeier(obs: readonly Observation[]): { time: number; survival: number }[] {
  for (const { duration } of obs) {
    if (!Number.isFinite(duration) || duration < 0) throw new RangeError(`duration must be finite and ≥ 0: ${duration}`);
  }
  // Events first at equal times: a censoring at t was still at risk at t (the standard convention).
  const sorted = [...obs].sort((a, b) => a.duration - b.duration || Number(b.observed) - Number(a.observed));
  const curve: { time: number; survival: number }[] = [];
  let atRisk = sorted.length;
  let survival = 1;
  let i = 0;
  while (i < sorted.length) {
    const time = sorted[i]!.duration;
    let events = 0;
    let leaving = 0;
    for (; i < sorted.length && sorted[i]!.duration === time; i++) {
      leaving += 1;
      if (sorted[i]!.observed) events += 1;
    }
    if (events > 0) {
      survival *= 1 - events / atRisk;
      curve.push({ time, survival });
    }
    atRisk -= leaving;
  }
  return curve;
}

/** KM quantile (docs/methodology.md): smallest event time with S(t) ≤ 1 − q, else "more than" the largest duration. */
export function kmQuantile(obs: readonly Observation[], q: number): KmQuantile | null {
  if (!(q > 0 && q <= 1)) throw new RangeError(`q must lie in (0, 1]: ${q}`);
  const curve = kaplanMeier(obs);
  if (obs.length === 0) return null;
  const threshold = 1 - q + TOLERANCE;
  for (const point of curve) {
    if (point.survival <= threshold) return { value: point.time, moreThan: false };
  }
  // Fewer than q answered (open ones included): the honest statement is only a lower bound.
  let largest = 0;
  for (const { duration } of obs) largest = Math.max(largest, duration);
  return { value: largest, moreThan: true };
}
