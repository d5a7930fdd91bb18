import type { ComplaintState } from '../../views/index.ts';

const HOUR = 3_600_000;

const BUCKETS: [string, number][] = [
  ['< 1 hari', 24],
  ['1–3 hari', 72],
  ['3–7 hari', 168],
  ['7–14 hari', 336],
  ['> 14 hari', Infinity]
];

/** First response times of answered complaints, bucketed for the distribution chart; open ones last. */
export function responseTimeHistogram(complaints: readonly ComplaintState[]): { label: string; count: number }[] {
  const counts = BUCKETS.map(([label]) => ({ label, count: 0 }));
  let open = 0;
  for (const c of complaints) {
    if (c.firstResponseAt === undefined) {
      open++;
      continue;
    }
    const hours = (c.firstResponseAt - c.submittedAt) / HOUR;
    counts[BUCKETS.findIndex(([, limit]) => hours < limit)].count++;
  }
  return [...counts, { label: 'belum dijawab', count: open }];
}
