import { embedT } from '$shared/i18n/embed.ts';
import { t } from '$shared/i18n/web.ts';
import type { OfficeWithServices } from '$shared/schemas/index.ts';
import { getJson } from '$lib/api.ts';
import type { PageServerLoad } from './$types';
import { posterTarget, qrDrawing } from './qr.server.ts';

/** A printable A4 or A5 poster (`?ukuran=a5`) for one office and, with `?layanan=`, one of its services. */
export const load: PageServerLoad = async ({ fetch, params, url, locals }) => {
  const office = await getJson<OfficeWithServices>(fetch, `/api/v1/offices/${encodeURIComponent(params.office)}`, t(locals.lang, 'office.notFound'));
  const service = office.services.find((s) => s.id === url.searchParams.get('layanan'));
  const target = posterTarget(url.origin, office.id, service?.id);
  return {
    bare: true,
    office,
    service,
    size: url.searchParams.get('ukuran') === 'a5' ? ('a5' as const) : ('a4' as const),
    target,
    qr: qrDrawing(target),
    title: embedT(locals.lang, 'poster.title', { office: office.name })
  };
};
