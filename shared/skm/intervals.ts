// The interval tables as the regulations print them, for the methodology section of a report.
// (Classification itself is in shared/metrics/ikm.ts; these rows are what a reader checks it against.)

export type IntervalRow = { perception: number; ni: [number, number]; ikm: [number, number]; mutu: 'A' | 'B' | 'C' | 'D'; kinerja: 'Sangat Baik' | 'Baik' | 'Kurang Baik' | 'Tidak Baik' };

/** PermenPANRB 14/2017 (Lampiran): NI to four decimals, IKM conversion to two. */
export const INTERVALS_2017: readonly IntervalRow[] = [
  { perception: 1, ni: [1, 2.5996], ikm: [25, 64.99], mutu: 'D', kinerja: 'Tidak Baik' },
  { perception: 2, ni: [2.6, 3.064], ikm: [65, 76.6], mutu: 'C', kinerja: 'Kurang Baik' },
  { perception: 3, ni: [3.0644, 3.532], ikm: [76.61, 88.3], mutu: 'B', kinerja: 'Baik' },
  { perception: 4, ni: [3.5324, 4], ikm: [88.31, 100], mutu: 'A', kinerja: 'Sangat Baik' }
];

/** Kepmenpan 25/2004. */
export const INTERVALS_2004: readonly IntervalRow[] = [
  { perception: 1, ni: [1, 1.75], ikm: [25, 43.75], mutu: 'D', kinerja: 'Tidak Baik' },
  { perception: 2, ni: [1.76, 2.5], ikm: [43.76, 62.5], mutu: 'C', kinerja: 'Kurang Baik' },
  { perception: 3, ni: [2.51, 3.25], ikm: [62.51, 81.25], mutu: 'B', kinerja: 'Baik' },
  { perception: 4, ni: [3.26, 4], ikm: [81.26, 100], mutu: 'A', kinerja: 'Sangat Baik' }
];
