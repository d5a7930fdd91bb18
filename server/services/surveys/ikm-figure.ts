import { IKM_CLASSES_2004, IKM_CLASSES_2017, ikm } from '../../../shared/metrics/index.ts';
import type { IkmFigure } from '../../../shared/schemas/index.ts';
import type { ElementSet } from '../../../shared/skm/elements.ts';
import type { SurveyTotals } from '../../views/surveys.ts';

/** The interval table of a set's regulation. */
export const classesOf = (set: ElementSet) => (set.rule === 'kepmenpan-25-2004' ? IKM_CLASSES_2004 : IKM_CLASSES_2017);

/** The IKM of some totals with every number needed to recompute it (docs/methodology.md). */
export function ikmFigure(set: ElementSet, totals: SurveyTotals): IkmFigure {
  const n = totals.responses;
  const count = set.elements.length;
  const sums = set.elements.map((_, i) => totals.sums[i] ?? 0);
  const classes = classesOf(set);
  const overall = n > 0 ? ikm(sums, n, set.weights, classes) : null;
  return {
    responses: n,
    elements: set.elements.map((element, i) => {
      // One element alone: NRR × 25 with the same exact rounding, classified with the same table.
      const single = n > 0 ? ikm([sums[i]!], n, undefined, classes) : null;
      return {
        code: element.code,
        name: element.name,
        nameEn: element.nameEn,
        sum: sums[i]!,
        nrr: single ? single.nrr[0]! : null,
        weight: set.weights?.[i] ?? 1 / count,
        ikm: single?.ikmRounded ?? null,
        mutu: single?.mutu ?? null
      };
    }),
    ni: overall?.ni ?? null,
    ikm: overall?.ikmRounded ?? null,
    ikmExact: overall?.ikm ?? null,
    mutu: overall?.mutu ?? null,
    kinerja: overall?.kinerja ?? null
  };
}
