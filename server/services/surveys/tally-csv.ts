import { stringify } from 'csv-stringify/sync';
import { dateFromDayNumber } from '../../../shared/metrics/index.ts';
import type { ServiceContext } from '../context.ts';
import { requireOffice } from '../offices/find-office.ts';
import { PROFILE_SLOTS } from '../../views/surveys.ts';
import { activeElementSet, requireElementSet } from './element-sets.ts';
import type { IkmQueryInput } from './office-ikm.ts';
import { resolveSkmPeriod } from './skm-period.ts';
import { tallyRows } from './tally-rows.ts';

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
  const rows = tallyRows(ctx, office.id, set, period.fromDay, period.toDay).map((row) => [
    dateFromDayNumber(row.fromDay),
    dateFromDayNumber(row.toDay),
    row.service,
    set.id,
    row.responses,
    ...row.sums,
    row.imported,
    ...(row.profile ?? PROFILE_SLOTS.map(() => ''))
  ]);
  const label = period.label ?? `${period.from}_${period.to}`;
  return { filename: `skm-${office.id}-${label}.csv`, csv: stringify([header, ...rows]) };
}
