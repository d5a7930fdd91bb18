import { dateFromDayNumber } from '../../../shared/metrics/index.ts';
import { elementSetsOf } from '../surveys/element-sets.ts';
import { tallyRows } from '../surveys/tally-rows.ts';
import type { RowProducer } from './rows.ts';

/**
 * Every office's SKM tallies (the rows of its tallies.csv), one row per element so that offices with
 * sets of different lengths share one file; each row carries the weight the IKM applies.
 */
export const skmRows: RowProducer = async ({ ctx, period, sink }) => {
  for (const office of ctx.catalog().catalog.offices) {
    const answered = ctx.views.surveys.setsOf(office.id);
    for (const set of elementSetsOf(ctx, office.id).filter((s) => answered.includes(s.id))) {
      for (const row of tallyRows(ctx, office.id, set, period.fromDay, period.toDay)) {
        const from = dateFromDayNumber(row.fromDay);
        const to = dateFromDayNumber(row.toDay);
        set.elements.forEach((element, i) => {
          sink.push([office.id, from, to, row.service || null, set.id, set.rule, element.code, set.weights?.[i] ?? null, row.responses, row.sums[i] ?? 0, row.imported]);
        });
      }
      await sink.ready();
    }
  }
};
