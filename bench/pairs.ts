import type { LoadResult } from './load.ts';

/** A load run with the CPU time its server spent per request (µs, user + system; undefined off Linux). */
export type Measured = LoadResult & { cpuMicrosPerRequest?: number };
export type Spread = { median: number; min: number; max: number };
export type Pairs = { runs: { baseline: Measured; server: Measured; ratio: number }[]; ratio: Spread; server: Measured; baseline: Measured };

/**
 * Baseline and server in turn, `count` times (baseline, server, baseline, server…): whatever else loads the
 * machine weighs on both sides of each pair, and the spread of the ratios shows how much it moved. The
 * server's and baseline's figures reported are those of the pair with the median ratio.
 */
export async function alternate(count: number, baseline: () => Promise<Measured>, server: () => Promise<Measured>): Promise<Pairs> {
  const runs: Pairs['runs'] = [];
  for (let i = 0; i < count; i++) {
    const base = await baseline();
    const measured = await server();
    runs.push({ baseline: base, server: measured, ratio: measured.requestsPerSec / base.requestsPerSec });
  }
  const sorted = [...runs].sort((a, b) => a.ratio - b.ratio);
  const middle = sorted[(sorted.length - 1) >> 1]!;
  return { runs, ratio: spread(runs.map((run) => run.ratio)), server: middle.server, baseline: middle.baseline };
}

/** Median (the lower middle of an even count), least and greatest, to two decimals. */
export function spread(values: number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const round = (x: number) => Math.round(x * 100) / 100;
  return { median: round(sorted[(sorted.length - 1) >> 1]!), min: round(sorted[0]!), max: round(sorted.at(-1)!) };
}

/** The median CPU µs per request of the server and of the baseline over the pairs (undefined off Linux). */
export function cpuMedians(pairs: Pairs): { server?: number; baseline?: number } {
  const median = (values: (number | undefined)[]) => {
    const known = values.filter((x): x is number => x !== undefined).sort((a, b) => a - b);
    return known.length === 0 ? undefined : known[(known.length - 1) >> 1];
  };
  return { server: median(pairs.runs.map((r) => r.server.cpuMicrosPerRequest)), baseline: median(pairs.runs.map((r) => r.baseline.cpuMicrosPerRequest)) };
}
