import { satisfactionSummary } from '../../../shared/metrics/index.ts';
import type { LeagueTable } from '../../../shared/schemas/index.ts';
import type { ServiceContext } from '../context.ts';
import { listOffices } from '../offices/list-offices.ts';
import { officeStats } from './office-stats.ts';
import { resolvePeriod } from './period.ts';

/** Every office's figures for one period, and the region's pooled from the raw counts. */
export function getLeagueTable({ ctx, query }: { ctx: ServiceContext; query: { from?: string; to?: string } }): LeagueTable {
  const period = resolvePeriod(query, ctx.clock.now());
  const offices = listOffices({ ctx }).map((office) => {
    const { trend: _trend, responseTimeHistogram: _histogram, ...summary } = officeStats(ctx, office, period, false);
    return summary;
  });
  // Pool the raw counts (not an average of office shares), so big and small offices weigh what they served.
  const pooled: [number, number, number, number] = [0, 0, 0, 0];
  let received = 0;
  let resolved = 0;
  let due = 0;
  for (const o of offices) {
    o.satisfaction.distribution.forEach((count, i) => (pooled[i] += count));
    received += o.complaints.received;
    resolved += o.complaints.resolved;
    due += o.complaints.due;
  }
  return {
    period: { from: period.from, to: period.to },
    region: { satisfaction: satisfactionSummary(pooled), complaintsReceived: received, resolutionRate: due ? resolved / due : null },
    offices
  };
}
