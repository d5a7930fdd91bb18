import type { OfficeStats } from '../schemas/index.ts';
import { deadlineCompliance } from './deadline-compliance.ts';
import { kmQuantile, type Observation } from './kaplan-meier.ts';
import { resolutionRate, type ComplaintOutcome } from './resolution-rate.ts';

const HOUR = 3_600_000;

/**
 * What the complaint figures need of one complaint: its times (epoch ms), outcome and deadlines. The
 * views' complaint states have this shape, and so do the rows of the open-data complaints file.
 */
export type ComplaintTimes = {
  category: string;
  submittedAt: number;
  firstResponseAt?: number;
  resolvedAt?: number;
  status: ComplaintOutcome['status'];
  rejectReason?: ComplaintOutcome['rejectReason'];
  confirmation?: ComplaintOutcome['confirmation'];
  deadlines: { firstResponse: number; resolution: number };
};

/** docs/methodology.md: response and resolution times with open complaints as censored observations. */
export function complaintFigures(complaints: readonly ComplaintTimes[], now: number): OfficeStats['complaints'] {
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
