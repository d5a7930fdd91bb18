import type { IkmFigure, RegionIkm } from '../../../shared/schemas/index.ts';
import { SKM_2017 } from '../../../shared/skm/elements.ts';
import { addTotals, emptyTotals, type SurveyTotals } from '../../views/surveys.ts';
import type { ServiceContext } from '../context.ts';
import { listOffices } from '../offices/list-offices.ts';
import { elementSetsOf, setSummary } from './element-sets.ts';
import { ikmFigure } from './ikm-figure.ts';
import { resolveSkmPeriod } from './skm-period.ts';

const CORE = SKM_2017.elements.length;

/**
 * The region's and every agency's IKM on the 9 elements of PermenPANRB 14/2017, pooled from the raw
 * sums of their offices (never an average of office figures). A unit's own set counts with its 9 core
 * elements; historical 2004 data is not mixed in.
 */
export function getRegionIkm({ ctx, query }: { ctx: ServiceContext; query: { period?: string; from?: string; to?: string } }): RegionIkm {
  const period = resolveSkmPeriod(query, ctx.clock.now());
  const region = emptyTotals(CORE);
  const agencies = new Map<string, SurveyTotals>();
  const offices = listOffices({ ctx }).map((office) => {
    const totals = emptyTotals(CORE);
    for (const set of elementSetsOf(ctx, office.id)) {
      if (set.rule !== 'permenpan-14-2017') continue;
      for (const part of ctx.views.surveys.byService(office.id, set.id, set.elements.length, period.fromDay, period.toDay).values()) {
        addTotals(totals, { ...part, sums: part.sums.slice(0, CORE) });
      }
    }
    addTotals(region, totals);
    agencies.set(office.agencyId, addTotals(agencies.get(office.agencyId) ?? emptyTotals(CORE), totals));
    return { officeId: office.id, officeName: office.name, agencyId: office.agencyId, ...withoutElements(ikmFigure(SKM_2017, totals)) };
  });
  return {
    period: { from: period.from, to: period.to, label: period.label },
    elementSet: setSummary(SKM_2017),
    region: ikmFigure(SKM_2017, region),
    agencies: ctx
      .catalog()
      .catalog.agencies.filter((agency) => agencies.has(agency.id))
      .map((agency) => ({ agencyId: agency.id, agencyName: agency.name, ...withoutElements(ikmFigure(SKM_2017, agencies.get(agency.id)!)) })),
    offices
  };
}

function withoutElements({ elements: _elements, ...rest }: IkmFigure) {
  return rest;
}
