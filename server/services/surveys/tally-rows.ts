import type { ElementSet } from '../../../shared/skm/elements.ts';
import type { ServiceContext } from '../context.ts';

/** One row of raw SKM tallies: a local day (or a historical tally's span) and service ('' = none named). */
export type TallyRow = { fromDay: number; toDay: number; service: string; responses: number; sums: number[]; imported: number; profile: number[] | null };

/**
 * The raw tallies of one office and element set within fromDay…toDay: per local day and service from the
 * responses, and historical tallies as one row for their span (counted only when all of it lies inside),
 * ordered by date and service. The SKM tallies.csv and the open-data SKM file are both made of these.
 */
export function tallyRows(ctx: ServiceContext, officeId: string, set: ElementSet, fromDay: number, toDay: number): TallyRow[] {
  const rows: TallyRow[] = [];
  for (const [service, days] of ctx.views.surveys.days(officeId, set.id)) {
    for (const [day, totals] of days) {
      if (day < fromDay || day > toDay) continue;
      rows.push({ fromDay: day, toDay: day, service, responses: totals.responses, sums: set.elements.map((_, i) => totals.sums[i] ?? 0), imported: totals.imported, profile: [...totals.profile] });
    }
  }
  for (const tally of ctx.views.surveys.talliesIn(officeId, set.id, fromDay, toDay)) {
    rows.push({ fromDay: tally.fromDay, toDay: tally.toDay, service: tally.service, responses: tally.responses, sums: tally.sums, imported: tally.responses, profile: null });
  }
  return rows.sort((a, b) => a.fromDay - b.fromDay || a.service.localeCompare(b.service));
}
