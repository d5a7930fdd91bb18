import { redirect } from '@sveltejs/kit';
import { consoleSend, sessionCookie } from '$lib/console/api.ts';
import type { Actions, PageServerLoad } from './$types';

// Logging out changes state, so it is a POST (a form button); a plain visit just goes back.
export const load: PageServerLoad = () => redirect(303, '/konsol');

export const actions: Actions = {
  default: async (event) => {
    await consoleSend(event, '/api/v1/console/session', undefined, 'DELETE', false);
    event.cookies.delete(sessionCookie(event.url), { path: '/' });
    redirect(303, '/konsol/masuk?keluar');
  }
};
