import { redirect } from '@sveltejs/kit';
import { normaliseTrackingCode } from '$shared/codes/codes.ts';
import { citizenT } from '$shared/i18n/citizen.ts';
import type { OfficeWithServices, PublicComplaint } from '$shared/schemas/index.ts';
import { getJson } from '$lib/api.ts';
import type { Actions, PageServerLoad } from './$types';
import { sendCitizenAction } from './citizen-send.ts';

export const load: PageServerLoad = async ({ fetch, params, locals }) => {
  // A code however typed (`sl jjgd 74ao fo`) lands on its one address.
  const code = normaliseTrackingCode(params.code).slice(0, 40);
  if (code !== params.code) redirect(308, `/lacak/${encodeURIComponent(code)}`);
  const complaint = await getJson<PublicComplaint>(fetch, `/api/v1/complaints/${encodeURIComponent(code)}`, citizenT(locals.lang, 'track.notFound', { code }));
  const office = await getJson<OfficeWithServices>(fetch, `/api/v1/offices/${complaint.officeId}`);
  return { complaint, office, now: new Date().toISOString() };
};

export const actions: Actions = {
  /** "Apakah masalah Anda sudah selesai?": Ya confirms the resolution, Belum reopens the complaint. */
  answer: async (event) => {
    const data = await event.request.formData();
    const resolved = data.get('answer') === 'ya';
    const body = resolved ? { action: 'confirm', confirmation: 'satisfied' } : { action: 'reopen' };
    return sendCitizenAction(event, data, body, resolved ? 'resolved' : 'reopened');
  }
};
