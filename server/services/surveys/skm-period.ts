import { parseSkmPeriod } from '../../../shared/skm/period.ts';
import { ValidationError } from '../../errors.ts';
import type { ServiceContext } from '../context.ts';
import { resolvePeriod, type Period } from '../stats/period.ts';

export type SkmQueryPeriod = Period & { label: string | null };

/** `?period=2026-S1` (also `2026`, `2026-Q3`, `2026-11`) or `?from=&to=`; default the current month and the 11 before it. */
export function resolveSkmPeriod(query: { period?: string; from?: string; to?: string }, now: number, timeZone?: string): SkmQueryPeriod {
  if (query.period === undefined) return { ...resolvePeriod(query, now, timeZone), label: null };
  if (query.from !== undefined || query.to !== undefined) {
    throw new ValidationError([{ field: 'period', message: 'pakai period atau from/to, bukan keduanya / use either period or from/to' }]);
  }
  const period = parseSkmPeriod(query.period);
  if (!period) throw new ValidationError([{ field: 'period', message: 'contoh/e.g. 2026, 2026-S1, 2026-Q3, 2026-11' }]);
  return { ...resolvePeriod({ from: period.from, to: period.to }, now, timeZone), label: period.label };
}

/** The office's user population for exactly this period, if staff set one. */
export function populationFor(ctx: ServiceContext, officeId: string, period: Period): number | null {
  for (const entry of ctx.store.catalog.get().surveyPopulations ?? []) {
    if (entry.officeId !== officeId) continue;
    const dates = parseSkmPeriod(entry.period);
    if (dates && dates.from === period.from && dates.to === period.to) return entry.population;
  }
  return null;
}
