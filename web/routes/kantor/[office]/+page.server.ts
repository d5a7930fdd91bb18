import { tClosed } from '$shared/i18n/office-closed.ts';
import { t } from '$shared/i18n/web.ts';
import type { OfficeIkm, OfficeStats, OfficeWithServices } from '$shared/schemas/index.ts';
import { getJson } from '$lib/api.ts';
import { periodQuery } from '$lib/period.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch, params, url, locals }) => {
  const notFound = t(locals.lang, 'office.notFound');
  const period = periodQuery(url);
  const id = encodeURIComponent(params.office);
  const [office, stats, ikm] = await Promise.all([
    getJson<OfficeWithServices>(fetch, `/api/v1/offices/${id}`, notFound),
    getJson<OfficeStats>(fetch, `/api/v1/offices/${id}/stats${period.query}`, notFound),
    getJson<OfficeIkm>(fetch, `/api/v1/offices/${id}/ikm${period.query}`, notFound)
  ]);
  // Without an end date the API's period ends today: its last month is the one still running.
  // A closed office's words come from here, so the page's JavaScript carries no dictionary for a rare case.
  const closed = office.closed ? { label: tClosed(locals.lang, 'closed'), note: tClosed(locals.lang, 'closedNote') } : undefined;
  return { office, stats, ikm, closed, periodInvalid: period.invalid, periodEndsToday: !period.query.includes('to=') };
};
