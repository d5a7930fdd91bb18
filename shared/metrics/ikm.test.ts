import { describe, expect, it } from 'vitest';
import { IKM_CLASSES_2004, ikm, krejcieMorgan } from './ikm.ts';

// Hand-computed: with 9 equal elements IKM = 25·S / (9n), S = Σ sums.
// n = 2500 with every sum = k gives IKM = 25·9k / (9·2500) = k / 100 exactly;
// n = 5000 with every sum = 2k + 1 gives (2k + 1) / 200 = k/100 + 0.005, an exact half-hundredth tie.
const nine = (sum: number): number[] => Array<number>(9).fill(sum);
const classify = (sums: readonly number[], n: number) => {
  const r = ikm(sums, n)!;
  return [r.ikmRounded, r.mutu, r.kinerja];
};

describe('ikm', () => {
  it('computes NRR, NI and IKM with weights of exactly 1/9', () => {
    // S = 350+340+330+360+310+320+345+355+300 = 3010; NI = 3010/900 = 3.3444…; IKM = 83.6111… → 83.61 B.
    // (With w = 0.11 it would be 0.11 · 30.10 · 25 = 82.775 — the mistake docs/methodology.md forbids.)
    const r = ikm([350, 340, 330, 360, 310, 320, 345, 355, 300], 100)!;
    expect(r.nrr).toEqual([3.5, 3.4, 3.3, 3.6, 3.1, 3.2, 3.45, 3.55, 3]);
    expect(r.ni).toBe(3010 / 900);
    expect(r.ikm).toBe((25 * 3010) / 900);
    expect(r).toMatchObject({ ikmRounded: 83.61, mutu: 'B', kinerja: 'Baik' });
  });

  it('rounds exact half-hundredths up where float rounding would go down', () => {
    // S = 9 · 3079 = 27711, n = 1000: IKM = 25 · 27711 / 9000 = 76.975 exactly, but 76.975 * 100 in
    // floating point is 7697.4999…, so Math.round would give 76.97.
    expect(Math.round(((25 * 27711) / 9000) * 100)).toBe(7697);
    expect(classify(nine(3079), 1000)).toEqual([76.98, 'B', 'Baik']);
  });

  it('classifies at the A/B boundary', () => {
    expect(classify(nine(8831), 2500)).toEqual([88.31, 'A', 'Sangat Baik']);
    expect(classify(nine(8830), 2500)).toEqual([88.3, 'B', 'Baik']);
    // 25 · 17661 / 5000 = 88.305 → 88.31 → A
    expect(classify(nine(17661), 5000)).toEqual([88.31, 'A', 'Sangat Baik']);
    // n = 50000, S = 9 · 176610 − 1 = 1589489: 25 · 1589489 / 450000 = 88.30494… → 88.30 → B
    expect(classify([...Array<number>(8).fill(176610), 176609], 50000)).toEqual([88.3, 'B', 'Baik']);
  });

  it('classifies at the B/C boundary', () => {
    expect(classify(nine(7661), 2500)).toEqual([76.61, 'B', 'Baik']);
    expect(classify(nine(7660), 2500)).toEqual([76.6, 'C', 'Kurang Baik']);
    // 25 · 15321 / 5000 = 76.605 → 76.61 → B
    expect(classify(nine(15321), 5000)).toEqual([76.61, 'B', 'Baik']);
    // n = 50000, S = 9 · 153210 − 1: 25 · 1378889 / 450000 = 76.60494… → 76.60 → C
    expect(classify([...Array<number>(8).fill(153210), 153209], 50000)).toEqual([76.6, 'C', 'Kurang Baik']);
  });

  it('classifies at the C/D boundary', () => {
    expect(classify(nine(6500), 2500)).toEqual([65, 'C', 'Kurang Baik']);
    expect(classify(nine(6499), 2500)).toEqual([64.99, 'D', 'Tidak Baik']);
    // 25 · 12999 / 5000 = 64.995 → 65.00 → C
    expect(classify(nine(12999), 5000)).toEqual([65, 'C', 'Kurang Baik']);
    // n = 50000, S = 9 · 129990 − 1: 25 · 1169909 / 450000 = 64.99494… → 64.99 → D
    expect(classify([...Array<number>(8).fill(129990), 129989], 50000)).toEqual([64.99, 'D', 'Tidak Baik']);
  });

  it('reaches the minimum 25 and maximum 100', () => {
    expect(ikm(nine(7), 7)).toMatchObject({ ni: 1, ikm: 25, ikmRounded: 25, mutu: 'D', kinerja: 'Tidak Baik' });
    expect(ikm(nine(28), 7)).toMatchObject({ ni: 4, ikm: 100, ikmRounded: 100, mutu: 'A', kinerja: 'Sangat Baik' });
  });

  it('uses 1/len for other element counts, and exact path for equal explicit weights', () => {
    // 3 elements, n = 4: S = 10 + 13 + 16 = 39; IKM = 25 · 39 / 12 = 81.25 → B
    expect(ikm([10, 13, 16], 4)).toMatchObject({ nrr: [2.5, 3.25, 4], ni: 3.25, ikm: 81.25, ikmRounded: 81.25, mutu: 'B' });
    expect(ikm(nine(3079), 1000, Array<number>(9).fill(1 / 9))!.ikmRounded).toBe(76.98);
  });

  it('applies custom weights', () => {
    // NRR = [2, 4], NI = 0.25·2 + 0.75·4 = 3.5, IKM = 87.5 → B
    expect(ikm([20, 40], 10, [0.25, 0.75])).toMatchObject({ ni: 3.5, ikm: 87.5, ikmRounded: 87.5, mutu: 'B' });
    // NRR = [1.7, 3.5], NI = 0.3·1.7 + 0.7·3.5 = 2.96, IKM = 74 → C
    expect(ikm([17, 35], 10, [0.3, 0.7])).toMatchObject({ ikmRounded: 74, mutu: 'C' });
    // NRR = [1.02, 1], NI = 0.25·1.02 + 0.75·1 = 1.005, IKM = 25.125 exactly, but the float product
    // IKM × 100 is 2512.4999999999995: the tie tolerance still rounds it up to 25.13.
    expect(ikm([102, 100], 100, [0.25, 0.75])!.ikmRounded).toBe(25.13);
    // Equal explicit weights take the exact path: 25 · (101 + 100) / 200 = 25.125 → 25.13.
    expect(ikm([101, 100], 100, [0.5, 0.5])!.ikmRounded).toBe(25.13);
  });

  it('is null for n = 0 and rejects impossible input', () => {
    expect(ikm(nine(0), 0)).toBeNull();
    expect(() => ikm([], 10)).toThrow(RangeError);
    expect(() => ikm(nine(9), 10)).toThrow(RangeError); // below n: some answer was < 1
    expect(() => ikm(nine(41), 10)).toThrow(RangeError); // above 4n
    expect(() => ikm(nine(25.5), 10)).toThrow(RangeError);
    expect(() => ikm(nine(25), -1)).toThrow(RangeError);
    expect(() => ikm([20, 30], 10, [0.5])).toThrow(RangeError);
    expect(() => ikm([20, 30], 10, [0.5, 0.6])).toThrow(RangeError);
    expect(() => ikm([20, 30], 10, [1.5, -0.5])).toThrow(RangeError);
  });
});

describe('krejcieMorgan', () => {
  it('matches the published table', () => {
    // s = 3.841·N·0.25 / (0.0025(N − 1) + 0.96025): N=100 → 96.025 / 1.20775 = 79.507 → 80;
    // N=1000 → 960.25 / 3.45775 = 277.71 → 278; N=10000 → 9602.5 / 25.95775 = 369.93 → 370;
    // N=10 → 9.6025 / 0.98275 = 9.77 → 10; N=50 → 48.0125 / 1.08275 = 44.34 → 44; N=1e6 → 383.95 → 384.
    expect(krejcieMorgan(100)).toBe(80);
    expect(krejcieMorgan(1000)).toBe(278);
    expect(krejcieMorgan(10000)).toBe(370);
    expect(krejcieMorgan(10)).toBe(10);
    expect(krejcieMorgan(50)).toBe(44);
    expect(krejcieMorgan(1_000_000)).toBe(384);
    expect(krejcieMorgan(1)).toBe(1);
    expect(krejcieMorgan(0)).toBe(0);
    expect(() => krejcieMorgan(-5)).toThrow(RangeError);
  });
});

// Spreads a total S over `count` element sums as evenly as integers allow (each stays within [n, 4n]).
const spread = (total: number, count: number): number[] => Array.from({ length: count }, (_, i) => Math.floor(total / count) + (i < total % count ? 1 : 0));

describe('ikm at every PermenPANRB 14/2017 bound, exact ties on both sides', () => {
  // 9 elements, n = 5000: IKM = 25·S / 45000 = S / 1800, so S = 9·k gives exactly k / 200 (a .xx5 tie for odd k).
  const tie = (hundredthsTimesTwo: number) => classify(spread(9 * hundredthsTimesTwo, 9), 5000);
  it.each([
    // exact value, expected rounded, mutu
    [17659, 88.3, 'B'], // 88.295 → 88.30, the top of B
    [17661, 88.31, 'A'], // 88.305 → 88.31, the bottom of A
    [17663, 88.32, 'A'], // 88.315 → 88.32
    [15319, 76.6, 'C'], // 76.595 → 76.60, the top of C
    [15321, 76.61, 'B'], // 76.605 → 76.61, the bottom of B
    [12997, 64.99, 'D'], // 64.985 → 64.99, the top of D
    [12999, 65, 'C'], // 64.995 → 65.00, the bottom of C
    [19999, 100, 'A'] // 99.995 → 100.00
  ])('exact %i/200 rounds half-up to %d (%s)', (twice, rounded, mutu) => {
    const [value, letter] = tie(twice);
    expect(value).toBe(rounded);
    expect(letter).toBe(mutu);
  });

  it('never rounds down a tie it cannot see in floats, for every odd k across the scale', () => {
    // Every exact tie k/200 from 25.005 to 99.995: half-up means (k + 1) / 200 in hundredths.
    const wrong: number[] = [];
    for (let k = 5001; k < 20000; k += 2) {
      if (Math.round(ikm(spread(9 * k, 9), 5000)!.ikmRounded * 100) !== (k + 1) / 2) wrong.push(k);
    }
    expect(wrong).toEqual([]);
  });

  it('gives the smallest step above the minimum and below the maximum', () => {
    // One answer of 2 among 9·n answers of 1, n = 100: IKM = 25·901/900 = 25.0277… → 25.03 D
    expect(classify([101, ...Array<number>(8).fill(100)], 100)).toEqual([25.03, 'D', 'Tidak Baik']);
    // One answer of 3 among answers of 4: 100 − 25/(9n) with n = 100 → 99.9722… → 99.97 A
    expect(classify([399, ...Array<number>(8).fill(400)], 100)).toEqual([99.97, 'A', 'Sangat Baik']);
    // A single respondent: the coarsest result, 25·(9·4 − 1)/9 = 97.2222… → 97.22
    expect(classify([3, 4, 4, 4, 4, 4, 4, 4, 4], 1)).toEqual([97.22, 'A', 'Sangat Baik']);
  });
});

describe('ikm with the Kepmenpan 25/2004 table (14 elements, weights 1/14, ×25)', () => {
  // 14 elements, n = 2500: IKM = 25·S / 35000 = S / 1400, so S = 7·k gives exactly k / 200.
  const old = (twice: number) => {
    const r = ikm(spread(7 * twice, 14), 2500, undefined, IKM_CLASSES_2004)!;
    return [r.ikmRounded, r.mutu, r.kinerja];
  };
  it.each([
    [16249, 81.25, 'B'], // 81.245 → 81.25, the top of B
    [16251, 81.26, 'A'], // 81.255 → 81.26, the bottom of A
    [12499, 62.5, 'C'], // 62.495 → 62.50, the top of C
    [12501, 62.51, 'B'], // 62.505 → 62.51, the bottom of B
    [8749, 43.75, 'D'], // 43.745 → 43.75, the top of D
    [8751, 43.76, 'C'] // 43.755 → 43.76, the bottom of C
  ])('exact %i/200 is %d, mutu %s', (twice, rounded, mutu) => {
    expect(old(twice).slice(0, 2)).toEqual([rounded, mutu]);
  });

  it('uses the same formula: exact 1/14 weights, minimum 25 and maximum 100', () => {
    expect(ikm(Array<number>(14).fill(10), 10, undefined, IKM_CLASSES_2004)).toMatchObject({ ikm: 25, mutu: 'D' });
    expect(ikm(Array<number>(14).fill(40), 10, undefined, IKM_CLASSES_2004)).toMatchObject({ ikm: 100, mutu: 'A' });
    // With 0.071 (the printed rounding of 1/14) all-4 answers would give 14·4·0.071·25 = 99.4, not 100.
    expect(ikm(Array<number>(14).fill(40), 10, Array<number>(14).fill(1 / 14), IKM_CLASSES_2004)!.ikmRounded).toBe(100);
  });

  it('classifies the same value differently from the 2017 table, as the two regulations do', () => {
    // 81.26 is A under 2004 and B under 2017.
    const sums = spread(7 * 16252, 14);
    expect(ikm(sums, 2500, undefined, IKM_CLASSES_2004)).toMatchObject({ ikmRounded: 81.26, mutu: 'A' });
    expect(ikm(sums, 2500)).toMatchObject({ ikmRounded: 81.26, mutu: 'B' });
  });
});

describe('pooled figures', () => {
  it('pools raw sums and counts, which differs from averaging office IKMs', () => {
    // A big office at 90 (n = 900) and a small one at 60 (n = 100).
    const big = spread(9 * 900 * 3.6, 9); // NRR 3.6 everywhere → 90.00
    const small = spread(9 * 100 * 2.4, 9); // NRR 2.4 → 60.00
    expect(ikm(big, 900)!.ikmRounded).toBe(90);
    expect(ikm(small, 100)!.ikmRounded).toBe(60);
    const pooled = ikm(
      big.map((s, i) => s + small[i]!),
      1000
    )!;
    // (900·90 + 100·60) / 1000 = 87.00 → B, where the average of office figures, 75.00, would be C.
    expect(pooled).toMatchObject({ ikmRounded: 87, mutu: 'B' });
  });
});
