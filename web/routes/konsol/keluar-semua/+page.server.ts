import { redirect } from '@sveltejs/kit';
import { consoleSend, sessionCookie } from '$lib/console/api.ts';
import type { Actions, PageServerLoad } from './$types';

// Like /konsol/keluar, but ends every session of the account (a lost phone, a shared computer): a POST only.
export const load: PageServerLoad = () => redirect(303, '/konsol');

export const actions: Actions = {
  default: async (event) => {
    await consoleSend(event, '/api/v1/console/sessions', undefined, 'DELETE', false);
    event.cookies.delete(sessionCookie(event.url), { path: '/' });
    redirect(303, '/konsol/masuk?keluar-semua');
  }
};
