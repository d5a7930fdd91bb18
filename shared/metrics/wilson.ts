// docs/methodology.md "Kepuasan": share of ratings 3–4 with a 95 % Wilson score interval, plus the mean.
// Wilson rather than the normal (Wald) interval because it stays inside [0, 1] and is honest for the
// small samples many offices have (Wilson 1927; Brown, Cai & DasGupta 2001).

/** 95 % Wilson score interval for a binomial proportion (Wilson 1927); null when n = 0. */
export function wilsonInterval(successes: number, n: number, z = 1.959963984540054): [number, number] | null {
  if (!Number.isFinite(n) || n < 0) throw new RangeError(`n must be a finite number ≥ 0: ${n}`);
  if (!Number.isFinite(successes) || successes < 0 || successes > n) {
    throw new RangeError(`successes must lie in [0, n]: ${successes} of ${n}`);
  }
  if (!Number.isFinite(z) || z <= 0) throw new RangeError(`z must be a positive number: ${z}`);
  if (n === 0) return null;
  const p = successes / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const halfWidth = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator;
  // At p = 0 or 1 the bound is exactly 0 or 1 in theory; rounding could leave ±1e-17 otherwise.
  const lower = successes === 0 ? 0 : Math.max(0, centre - halfWidth);
  const upper = successes === n ? 1 : Math.min(1, centre + halfWidth);
  return [lower, upper];
}

export type SatisfactionSummary = {
  responses: number;
  satisfiedShare: number | null;
  ci95: [number, number] | null;
  mean: number | null;
  distribution: [number, number, number, number];
};

/** Quick-satisfaction figure (docs/methodology.md Kepuasan): share of SKM scores 3–4 with Wilson 95 % CI, and the mean score. */
export function satisfactionSummary(counts: readonly [number, number, number, number]): SatisfactionSummary {
  for (const count of counts) {
    if (!Number.isInteger(count) || count < 0) throw new RangeError(`Counts must be integers ≥ 0: ${counts.join(',')}`);
  }
  const [c1, c2, c3, c4] = counts;
  const responses = c1 + c2 + c3 + c4;
  const satisfied = c3 + c4;
  return {
    responses,
    satisfiedShare: responses === 0 ? null : satisfied / responses,
    ci95: wilsonInterval(satisfied, responses),
    mean: responses === 0 ? null : (c1 + 2 * c2 + 3 * c3 + 4 * c4) / responses,
    distribution: [c1, c2, c3, c4]
  };
}
