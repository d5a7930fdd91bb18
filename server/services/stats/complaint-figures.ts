import { deadlineCompliance, kmQuantile, resolutionRate, type Observation } from '../../../shared/metrics/index.ts';
import type { OfficeStats } from '../../../shared/schemas/index.ts';
import type { ComplaintState } from '../../projections/index.ts';

const HOUR = 3_600_000;

/** docs/methodology.md: response and resolution times with open complaints as censored observations. */
export function complaintFigures(complaints: readonly ComplaintState[], now: number): OfficeStats['complaints'] {
  const firstResponse: Observation[] = [];
  const resolution: Observation[] = [];
  const byCategory: Record<string, number> = {};
  for (const c of complaints) {
    firstResponse.push({ duration: ((c.firstResponseAt ?? now) - c.submittedAt) / HOUR, observed: c.firstResponseAt !== undefined });
    // A rejected complaint will never be resolved: it is not a resolution time, fast or slow.
    if (c.status !== 'rejected') {
      resolution.push({ duration: ((c.resolvedAt ?? now) - c.submittedAt) / HOUR, observed: c.resolvedAt !== undefined });
    }
    byCategory[c.category] = (byCategory[c.category] ?? 0) + 1;
  }
  const rate = resolutionRate(
    complaints.map((c) => ({
      status: c.status,
      rejectReason: c.rejectReason,
      confirmation: c.confirmation,
      resolutionDeadline: c.deadlines.resolution
    })),
    now
  );
  const firstResponseCompliance = deadlineCompliance(
    complaints.map((c) => ({ deadline: c.deadlines.firstResponse, doneAt: c.firstResponseAt })),
    now
  );
  const resolutionCompliance = deadlineCompliance(
    complaints.filter((c) => c.status !== 'rejected').map((c) => ({ deadline: c.deadlines.resolution, doneAt: c.resolvedAt })),
    now
  );
  return {
    received: complaints.length,
    resolved: rate.resolved,
    due: rate.due,
    resolutionRate: rate.rate,
    breakdown: rate.breakdown,
    firstResponseHours: { median: kmQuantile(firstResponse, 0.5), p90: kmQuantile(firstResponse, 0.9) },
    resolutionHours: { median: kmQuantile(resolution, 0.5), p90: kmQuantile(resolution, 0.9) },
    firstResponseCompliance: firstResponseCompliance.share,
    resolutionCompliance: resolutionCompliance.share,
    byCategory
  };
}

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
