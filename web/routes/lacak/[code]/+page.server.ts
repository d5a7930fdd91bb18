import { citizenT } from '$shared/i18n/citizen.ts';
import type { OfficeWithServices, PublicComplaint } from '$shared/schemas/index.ts';
import { getJson } from '$lib/api.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch, params, locals }) => {
  const code = params.code.toUpperCase().slice(0, 40);
  const complaint = await getJson<PublicComplaint>(fetch, `/api/v1/complaints/${encodeURIComponent(code)}`, citizenT(locals.lang, 'track.notFound', { code }));
  const office = await getJson<OfficeWithServices>(fetch, `/api/v1/offices/${complaint.officeId}`);
  return { complaint, office, now: new Date().toISOString() };
};
