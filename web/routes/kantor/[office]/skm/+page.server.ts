import { t } from '$shared/i18n/web.ts';
import { localDate } from '$shared/metrics/index.ts';
import type { OfficeIkm, OfficeWithServices } from '$shared/schemas/index.ts';
import { parseSkmPeriod, recentPeriods } from '$shared/skm/period.ts';
import { getJson } from '$lib/api.ts';
import type { PageServerLoad } from './$types';

/** The printable SKM report of one office for `?periode=` (default: this year), all through the public API. */
export const load: PageServerLoad = async ({ fetch, params, url, locals }) => {
  const office = await getJson<OfficeWithServices>(fetch, `/api/v1/offices/${encodeURIComponent(params.office)}`, t(locals.lang, 'office.notFound'));
  const today = localDate(Date.now(), office.timeZone);
  const asked = url.searchParams.get('periode')?.trim() ?? '';
  const period = parseSkmPeriod(asked) ?? parseSkmPeriod(today.slice(0, 4))!;
  const query = new URLSearchParams({ period: period.label });
  const set = url.searchParams.get('set');
  if (set && /^[a-z0-9-]{2,64}$/.test(set)) query.set('elementSet', set);
  const ikm = await getJson<OfficeIkm>(fetch, `/api/v1/offices/${office.id}/ikm?${query}`);
  return {
    office,
    ikm,
    query: query.toString(),
    invalidPeriod: asked !== '' && !parseSkmPeriod(asked),
    periods: recentPeriods(today, Number(today.slice(0, 4)) - 2).map((p) => p.label),
    generated: today,
    url: `${url.origin}${url.pathname}?${new URLSearchParams({ periode: period.label, ...(set && { set: ikm.elementSet.id }) })}`
  };
};
