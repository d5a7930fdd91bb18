import { tClosed } from '$shared/i18n/office-closed.ts';
import { t } from '$shared/i18n/web.ts';
import type { OfficeIkm, OfficeStats, OfficeWithServices } from '$shared/schemas/index.ts';
import { getJsonInProcess } from '$lib/api.ts';
import { periodQuery } from '$lib/period.ts';
import type { PageLoad } from './$types';

// The office page ships no JavaScript: its charts are drawn by the server and the period picker is a GET form, so
// the page is read as soon as its HTML arrives, with nothing to download and run first on a low-end phone.
export const csr = false;

// A universal load, not a server one: SvelteKit serialises a server load's data for the browser even when the page
// has no JavaScript to read it, about a tenth of a rendering's CPU (docs/bench.md, "Office page"). This load runs on
// the server all the same (there is no client-side navigation without JavaScript) and reads the API in-process
// (without a Request and a Response where it can: web/lib/api.ts).
export const load: PageLoad = async ({ fetch, params, url, parent }) => {
  const { lang } = await parent();
  const notFound = t(lang, 'office.notFound');
  const period = periodQuery(url);
  const id = encodeURIComponent(params.office);
  const [office, stats, ikm] = await Promise.all([
    getJsonInProcess<OfficeWithServices>(fetch, `/api/v1/offices/${id}`, notFound),
    getJsonInProcess<OfficeStats>(fetch, `/api/v1/offices/${id}/stats${period.query}`, notFound),
    getJsonInProcess<OfficeIkm>(fetch, `/api/v1/offices/${id}/ikm${period.query}`, notFound)
  ]);
  // Without an end date the API's period ends today: its last month is the one still running.
  // A closed office's words come from here, so the page carries no dictionary for a rare case.
  const closed = office.closed ? { label: tClosed(lang, 'closed'), note: tClosed(lang, 'closedNote') } : undefined;
  return { office, stats, ikm, closed, periodInvalid: period.invalid, periodEndsToday: !period.query.includes('to=') };
};
