import { satisfactionSummary } from '../../../shared/metrics/index.ts';
import type { LeagueTable } from '../../../shared/schemas/index.ts';
import type { ServiceContext } from '../context.ts';
import { listOffices } from '../offices/list-offices.ts';
import { FigureMemo, generation } from './memo.ts';
import { officeStats } from './office-stats.ts';
import { resolvePeriod } from './period.ts';
import { Serialised } from './serialised.ts';

type Cached = { table: LeagueTable; serialised?: Serialised };

// One memo per app (tests build many apps); a table is a few hundred KB of JSON, so keep a few periods.
const memos = new WeakMap<ServiceContext, FigureMemo<Cached>>();

/** Every office's figures for one period, and the region's pooled from the raw counts. */
export function getLeagueTable({ ctx, query }: { ctx: ServiceContext; query: { from?: string; to?: string } }): LeagueTable {
  return cachedTable(ctx, query).table;
}

/**
 * The same table as the bytes of its JSON answer. Serialising 200 offices costs more than serving
 * them, so the bytes are kept with the table: the dashboard's busiest API answer is a copy until an
 * event arrives, the catalog changes or the minute turns.
 */
export function getLeagueTableSerialised({ ctx, query }: { ctx: ServiceContext; query: { from?: string; to?: string } }): Serialised {
  const cached = cachedTable(ctx, query);
  return (cached.serialised ??= new Serialised(cached.table));
}

function cachedTable(ctx: ServiceContext, query: { from?: string; to?: string }): Cached {
  const now = ctx.clock.now();
  const period = resolvePeriod(query, now);
  let memo = memos.get(ctx);
  if (!memo) memos.set(ctx, (memo = new FigureMemo<Cached>(16)));
  const token = `${ctx.views.version()}|${Math.floor(now / 60_000)}|${generation(ctx.catalog().catalog)}`;
  return memo.get(`${period.from}|${period.to}`, token, () => ({ table: computeTable(ctx, period) }));
}

function computeTable(ctx: ServiceContext, period: ReturnType<typeof resolvePeriod>): LeagueTable {
  const offices = listOffices({ ctx }).map((office) => {
    const { trend: _trend, responseTimeHistogram: _histogram, excluded: _excluded, ...summary } = officeStats(ctx, office, period, false);
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
