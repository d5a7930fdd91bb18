// IKM (Indeks Kepuasan Masyarakat), PermenPANRB 14/2017 as docs/methodology.md states it: NRR_i = Σ answers_i / n,
// NI = Σ NRR_i × w_i with w_i = exactly 1/len (never 0.11), IKM = NI × 25, rounded half-up to two
// decimals from the exact value, then classified. In floats, exact 76.975 × 100 is 7697.4999…,
// so the default-weight path rounds with integer arithmetic on the raw sums.

export type Mutu = 'A' | 'B' | 'C' | 'D';
export type Kinerja = 'Sangat Baik' | 'Baik' | 'Kurang Baik' | 'Tidak Baik';
export type IkmResult = { nrr: number[]; ni: number; ikm: number; ikmRounded: number; mutu: Mutu; kinerja: Kinerja };

/** An interval table: lower bounds in hundredths of an IKM point, highest first, compared after rounding. */
export type IkmClasses = readonly (readonly [minHundredths: number, mutu: Mutu, kinerja: Kinerja])[];

/** PermenPANRB 14/2017: A 88.31–100, B 76.61–88.30, C 65.00–76.60, D 25.00–64.99. */
export const IKM_CLASSES_2017: IkmClasses = [
  [8831, 'A', 'Sangat Baik'],
  [7661, 'B', 'Baik'],
  [6500, 'C', 'Kurang Baik'],
  [0, 'D', 'Tidak Baik']
];

/** Kepmenpan 25/2004 (IKM unit, NI × 25): A 81.26–100, B 62.51–81.25, C 43.76–62.50, D 25–43.75. */
export const IKM_CLASSES_2004: IkmClasses = [
  [8126, 'A', 'Sangat Baik'],
  [6251, 'B', 'Baik'],
  [4376, 'C', 'Kurang Baik'],
  [0, 'D', 'Tidak Baik']
];

// Custom weights are floats with no exact rational behind them; a value this close to a .xx5 tie
// (in hundredths) is treated as the tie it almost certainly is.
const TIE_TOLERANCE = 1e-9;

/**
 * IKM per PermenPANRB 14/2017 from raw per-element answer sums over n respondents; null when n = 0.
 * `classes` swaps the interval table (Kepmenpan 25/2004 for historical data; same formula, 1/len weights).
 */
export function ikm(sums: readonly number[], n: number, weights?: readonly number[], classes: IkmClasses = IKM_CLASSES_2017): IkmResult | null {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be an integer ≥ 0: ${n}`);
  if (sums.length === 0) throw new RangeError('At least one element is needed');
  if (n === 0) return null;
  for (const sum of sums) {
    // Every answer is 1–4, so each element's sum lies in [n, 4n]; anything else is corrupt input.
    if (!Number.isInteger(sum) || sum < n || sum > 4 * n) throw new RangeError(`Element sum ${sum} impossible for n = ${n}`);
  }
  const nrr = sums.map((sum) => sum / n);
  let ni: number;
  let value: number;
  let hundredths: number;
  if (weights === undefined || weights.every((w) => w === weights[0])) {
    if (weights !== undefined) checkWeights(weights, sums.length);
    // Equal weights are 1/len: IKM = 25·S / (len·n); round half-up in hundredths = ⌊(5000·S + d) / 2d⌋, d = len·n.
    const total = sums.reduce((a, b) => a + b, 0);
    const denominator = BigInt(sums.length) * BigInt(n);
    hundredths = Number((5000n * BigInt(total) + denominator) / (2n * denominator));
    ni = total / (sums.length * n);
    value = (25 * total) / (sums.length * n);
  } else {
    checkWeights(weights, sums.length);
    ni = nrr.reduce((acc, score, i) => acc + score * weights[i]!, 0);
    value = ni * 25;
    hundredths = Math.floor(value * 100 + 0.5 + TIE_TOLERANCE);
  }
  const [, mutu, kinerja] = classes.find(([min]) => hundredths >= min)!;
  return { nrr, ni, ikm: value, ikmRounded: hundredths / 100, mutu, kinerja };
}

function checkWeights(weights: readonly number[], elements: number): void {
  if (weights.length !== elements) throw new RangeError(`Expected ${elements} weights, got ${weights.length}`);
  if (weights.some((w) => !Number.isFinite(w) || w < 0)) throw new RangeError('Weights must be finite and ≥ 0');
  const total = weights.reduce((a, b) => a + b, 0);
  if (Math.abs(total - 1) > 1e-9) throw new RangeError(`Weights must sum to 1, got ${total}`);
}

/** Krejcie & Morgan (1970) sample size for population N at 95 % confidence, 5 % margin, P = 0.5 (docs/methodology.md). */
export function krejcieMorgan(population: number): number {
  if (!Number.isFinite(population) || population < 0) throw new RangeError(`population must be ≥ 0: ${population}`);
  // χ²(1, 0.95) = 3.841, P(1 − P) = 0.25, d² = 0.0025, exactly as printed in the 1970 paper.
  return Math.round((3.841 * population * 0.25) / (0.0025 * (population - 1) + 3.841 * 0.25));
}
