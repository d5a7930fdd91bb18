import { dateFromDayNumber, krejcieMorgan } from '../../../shared/metrics/index.ts';
import type { OfficeIkm, ProfileCounts } from '../../../shared/schemas/index.ts';
import type { ElementSet } from '../../../shared/skm/elements.ts';
import { DIMENSION_NAMES, PROFILE_DIMENSIONS } from '../../../shared/skm/profile.ts';
import { addTotals, emptyTotals, PROFILE_SLOTS, type SurveyTotals } from '../../views/surveys.ts';
import type { ServiceContext } from '../context.ts';
import { requireOffice } from '../offices/find-office.ts';
import { activeElementSet, elementSetsOf, requireElementSet, setSummary } from './element-sets.ts';
import { ikmFigure } from './ikm-figure.ts';
import { populationFor, resolveSkmPeriod, type SkmQueryPeriod } from './skm-period.ts';

const COMMENTS_SHOWN = 30;

export type IkmQueryInput = { period?: string; from?: string; to?: string; elementSet?: string };

/** One office's IKM for a period: per element, per service, with the profile and the sample check. */
export function getOfficeIkm({ ctx, officeId, query }: { ctx: ServiceContext; officeId: string; query: IkmQueryInput }): OfficeIkm {
  const office = requireOffice(ctx, officeId);
  const period = resolveSkmPeriod(query, ctx.clock.now(), office.timeZone);
  const set = query.elementSet ? requireElementSet(ctx, office.id, query.elementSet) : activeElementSet(ctx, office.id);
  const byService = officeTotals(ctx, office.id, set, period);
  const total = [...byService.values()].reduce(addTotals, emptyTotals(set.elements.length));
  const population = populationFor(ctx, office.id, period);
  const requiredSample = population === null ? null : krejcieMorgan(population);
  const summary = (totals: SurveyTotals) => {
    const { responses, ikm, mutu, kinerja } = ikmFigure(set, totals);
    return { responses, ikm, mutu, kinerja };
  };
  const services: OfficeIkm['services'] = ctx
    .catalog()
    .servicesOf(office.id)
    .map((service) => ({
      serviceId: service.id,
      serviceName: service.name,
      ...summary(byService.get(service.id) ?? emptyTotals(set.elements.length))
    }));
  const unnamed = byService.get('');
  if (unnamed) services.push({ serviceId: null, serviceName: null, ...summary(unnamed) });
  return {
    officeId: office.id,
    officeName: office.name,
    period: { from: period.from, to: period.to, label: period.label },
    elementSet: setSummary(set),
    ...ikmFigure(set, total),
    population,
    requiredSample,
    sampleSufficient: requiredSample === null ? null : total.responses >= requiredSample,
    importedResponses: total.imported,
    profile: profileCounts(total),
    services,
    elementSets: answeredSets(ctx, office.id, period, set),
    comments: ctx.views.surveys
      .comments(office.id, period.fromDay, period.toDay, COMMENTS_SHOWN)
      .map((c) => ({ date: dateFromDayNumber(c.day), ...(c.serviceId && { serviceId: c.serviceId }), text: c.text })),
    commentCount: total.comments
  };
}

/** Totals per service ('' = none named) of one office, set and period. */
export function officeTotals(ctx: ServiceContext, officeId: string, set: ElementSet, period: SkmQueryPeriod): Map<string, SurveyTotals> {
  return ctx.views.surveys.byService(officeId, set.id, set.elements.length, period.fromDay, period.toDay);
}

function answeredSets(ctx: ServiceContext, officeId: string, period: SkmQueryPeriod, current: ElementSet) {
  const sets = elementSetsOf(ctx, officeId).filter((set) => set.id === current.id || ctx.views.surveys.setsOf(officeId).includes(set.id));
  return sets.map((set) => ({
    id: set.id,
    responses: [...officeTotals(ctx, officeId, set, period).values()].reduce((n, t) => n + t.responses, 0)
  }));
}

/** Respondents per profile value, with "unknown" for those who did not say. */
export function profileCounts(totals: SurveyTotals): ProfileCounts {
  const counts = {} as ProfileCounts;
  for (const dimension of DIMENSION_NAMES) {
    const row: Record<string, number> = {};
    let given = 0;
    for (const value of PROFILE_DIMENSIONS[dimension]) {
      const count = totals.profile[PROFILE_SLOTS.indexOf(`${dimension}:${value}`)] ?? 0;
      row[value] = count;
      given += count;
    }
    row.unknown = totals.responses - given;
    counts[dimension] = row;
  }
  return counts;
}
