import { embedT } from '$shared/i18n/embed.ts';
import { t } from '$shared/i18n/web.ts';
import type { OfficeWithServices } from '$shared/schemas/index.ts';
import { getJson } from '$lib/api.ts';
import type { PageServerLoad } from './$types';

/**
 * The kiosk at the counter: `?layanan=` rates one service, `?jeda=` seconds the thank-you stays (default 8),
 * `?petugas=1` is staff-assisted entry (channel `assisted`) for citizens without a phone. Until staff accounts
 * guard it, that flag is only a label on the ratings, visible to whoever reads the channel figures.
 */
export const load: PageServerLoad = async ({ fetch, params, url, locals }) => {
  const office = await getJson<OfficeWithServices>(fetch, `/api/v1/offices/${encodeURIComponent(params.office)}`, t(locals.lang, 'office.notFound'));
  const service = office.services.find((s) => s.id === url.searchParams.get('layanan'));
  const pause = Number(url.searchParams.get('jeda'));
  const assisted = url.searchParams.get('petugas') === '1';
  return {
    bare: true,
    office,
    service,
    assisted,
    pause: Number.isInteger(pause) && pause >= 3 && pause <= 60 ? pause : 8,
    title: embedT(locals.lang, 'kiosk.title', { office: office.name })
  };
};
