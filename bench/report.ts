import type { LoadResult } from './load.ts';
import { cpuMedians, type Pairs } from './pairs.ts';

/** One line of the results table. */
export type Row = {
  name: string;
  value: string;
  p50?: string;
  p99?: string;
  ratio?: string;
  /** CPU time of the process per request, µs (user + system). */
  cpu?: string;
  target: string;
  pass: boolean | undefined;
};

/** A row for a load run: requests/s, latency, and the ratio to its baseline when there is one. */
export function loadRow(name: string, result: LoadResult, target: { minRatio?: number; maxP99: number } | 'baseline' | 'reported', baseline?: LoadResult): Row {
  if (target === 'baseline' || target === 'reported') {
    const label = target === 'baseline' ? '(the yardstick)' : '(reported)';
    return { name, value: `${Math.round(result.requestsPerSec)} req/s`, p50: `${result.p50} ms`, p99: `${result.p99} ms`, target: label, pass: undefined };
  }
  const ratio = baseline ? result.requestsPerSec / baseline.requestsPerSec : undefined;
  const targets = [target.minRatio !== undefined ? `≥ ${target.minRatio}× baseline` : '', `p99 ≤ ${target.maxP99} ms`].filter(Boolean);
  const clean = result.errors === 0 && result.timeouts === 0 && result.unexpected === 0;
  return {
    name: clean ? name : `${name} (errors ${result.errors}, timeouts ${result.timeouts}, statuses ${JSON.stringify(result.statuses)})`,
    value: `${Math.round(result.requestsPerSec)} req/s`,
    p50: `${result.p50} ms`,
    p99: `${result.p99} ms`,
    ratio: ratio === undefined ? undefined : `${ratio.toFixed(2)}×`,
    target: targets.join(', '),
    pass: clean && result.p99 <= target.maxP99 && (target.minRatio === undefined || (ratio ?? 0) >= target.minRatio)
  };
}

/**
 * Rows for a measure taken in alternating pairs: the server (figures of the pair with the median ratio) with the
 * median ratio and its spread over the pairs, and its baseline; CPU per request is the median over the pairs.
 * Passes on the median ratio and the server's p99.
 */
export function pairsRows(name: string, pairs: Pairs, target: { minRatio?: number; maxP99: number }, baselineName: string): Row[] {
  const server = loadRow(`${name}, ${pairs.runs.length} pairs`, pairs.server, { maxP99: target.maxP99 });
  const clean = pairs.runs.every(({ server: run }) => run.errors === 0 && run.timeouts === 0 && run.unexpected === 0);
  const { median, min, max } = pairs.ratio;
  const cpu = cpuMedians(pairs);
  const targets = [target.minRatio !== undefined ? `median ≥ ${target.minRatio}× baseline` : '', `p99 ≤ ${target.maxP99} ms`].filter(Boolean);
  return [
    {
      ...server,
      ratio: `${median.toFixed(2)}× (${min.toFixed(2)}–${max.toFixed(2)})`,
      cpu: cpuText(cpu.server),
      target: targets.join(', '),
      pass: clean && server.pass === true && (target.minRatio === undefined || median >= target.minRatio)
    },
    { ...loadRow(baselineName, pairs.baseline, 'baseline'), cpu: cpuText(cpu.baseline) }
  ];
}

const cpuText = (micros: number | undefined) => (micros === undefined ? undefined : `${micros} µs`);

/** The table as aligned text, for the terminal and the note. */
export function formatTable(rows: Row[]): string {
  const header = ['', 'value', 'p50', 'p99', 'ratio (spread)', 'CPU/req', 'target', ''];
  const cells = rows.map((r) => [r.name, r.value, r.p50 ?? '', r.p99 ?? '', r.ratio ?? '', r.cpu ?? '', r.target, r.pass === undefined ? '' : r.pass ? 'PASS' : 'FAIL']);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) =>
    c
      .map((text, i) => (i === 0 || i === 6 ? text.padEnd(widths[i]!) : text.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...cells.map(line)].join('\n');
}
