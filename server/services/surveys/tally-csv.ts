import { stringify } from 'csv-stringify/sync';
import { dateFromDayNumber } from '../../../shared/metrics/index.ts';
import type { ServiceContext } from '../context.ts';
import { requireOffice } from '../offices/find-office.ts';
import { PROFILE_SLOTS } from '../../projections/surveys.ts';
import { activeElementSet, requireElementSet } from './element-sets.ts';
import type { IkmQueryInput } from './office-ikm.ts';
import { resolveSkmPeriod } from './skm-period.ts';

/**
 * The raw tallies behind an office's IKM as CSV: one row per local day and service (historical
 * tallies as one row for their span), element sums and profile counts. Summing rows and applying
 * docs/methodology.md reproduces every published figure; the file imports back with `npm run import -- skm`.
 */
export function exportTallyCsv({ ctx, officeId, query }: { ctx: ServiceContext; officeId: string; query: IkmQueryInput }): { filename: string; csv: string } {
  const office = requireOffice(ctx, officeId);
  const period = resolveSkmPeriod(query, ctx.clock.now(), office.timeZone);
  const set = query.elementSet ? requireElementSet(ctx, office.id, query.elementSet) : activeElementSet(ctx, office.id);
  const codes = set.elements.map((e) => e.code);
  const header = ['dari', 'sampai', 'layanan', 'set_unsur', 'responden', ...codes, 'impor', ...PROFILE_SLOTS.map((slot) => `profil_${slot.replace(':', '_')}`)];
  const rows: (string | number)[][] = [];
  for (const [service, days] of ctx.views.surveys.days(office.id, set.id)) {
    for (const [day, totals] of days) {
      if (day < period.fromDay || day > period.toDay) continue;
      const date = dateFromDayNumber(day);
      rows.push([date, date, service, set.id, totals.responses, ...codes.map((_, i) => totals.sums[i] ?? 0), totals.imported, ...totals.profile]);
    }
  }
  for (const tally of ctx.views.surveys.talliesIn(office.id, set.id, period.fromDay, period.toDay)) {
    rows.push([dateFromDayNumber(tally.fromDay), dateFromDayNumber(tally.toDay), tally.service, set.id, tally.responses, ...tally.sums, tally.responses, ...PROFILE_SLOTS.map(() => '')]);
  }
  rows.sort((a, b) => String(a[0]).localeCompare(String(b[0])) || String(a[2]).localeCompare(String(b[2])));
  const label = period.label ?? `${period.from}_${period.to}`;
  return { filename: `skm-${office.id}-${label}.csv`, csv: stringify([header, ...rows]) };
}
