import { redirect } from '@sveltejs/kit';
import { normaliseTrackingCode } from '$shared/codes/codes.ts';
import { citizenT } from '$shared/i18n/citizen.ts';
import type { PublicComplaint } from '$shared/schemas/index.ts';
import { getJson } from '$lib/api.ts';
import type { Actions, PageServerLoad } from './$types';
import { sendCitizenAction } from '../citizen-send.ts';

export const load: PageServerLoad = async ({ fetch, params, locals, setHeaders }) => {
  setHeaders({ 'cache-control': 'no-store' });
  const code = normaliseTrackingCode(params.code);
  if (code !== params.code) redirect(308, `/lacak/${encodeURIComponent(code)}/tanggapi`);
  const complaint = await getJson<PublicComplaint>(fetch, `/api/v1/complaints/${encodeURIComponent(code)}`, citizenT(locals.lang, 'track.notFound', { code }));
  return { complaint };
};

export const actions: Actions = {
  default: async (event) => {
    const data = await event.request.formData();
    const action = String(data.get('action') ?? '');
    return sendCitizenAction(event, data, { action, confirmation: String(data.get('confirmation') ?? '') || undefined }, action);
  }
};
