import { redirect } from '@sveltejs/kit';
import { tc } from '$shared/i18n/console.ts';
import type { StaffProfile } from '$shared/schemas/index.ts';
import { consoleSend, sessionCookie } from '$lib/console/api.ts';
import { consoleFail } from '$lib/console/forms.ts';
import { formValues } from '$lib/forms.ts';
import type { Actions, PageServerLoad } from './$types';

/** Only same-site paths inside the console: `lanjut` must not become an open redirect. */
const next = (url: URL) => {
  const wanted = url.searchParams.get('lanjut') ?? '';
  return /^\/konsol(\/|$|\?)/.test(wanted) ? wanted : '/konsol';
};

export const load: PageServerLoad = async ({ url, setHeaders }) => {
  setHeaders({ 'cache-control': 'no-store' });
  return { loggedOut: url.searchParams.has('keluar'), loggedOutEverywhere: url.searchParams.has('keluar-semua'), ready: url.searchParams.has('siap'), passwordSet: url.searchParams.has('sandi') };
};

export const actions: Actions = {
  default: async (event) => {
    const { request, cookies, url, locals } = event;
    const data = await request.formData();
    // The password is never sent back to the page, not even after a failure.
    const values = formValues(data, ['email']);
    const result = await consoleSend<StaffProfile>(event, '/api/v1/console/session', { email: values.email, password: String(data.get('password') ?? '') }, 'POST', false);
    if (!result.ok) return consoleFail(result, locals.lang, values, { 401: tc(locals.lang, 'login.wrong') });
    const name = sessionCookie(url);
    const token = result.response.headers
      .getSetCookie()
      .find((c) => c.startsWith(`${name}=`))
      ?.split(';')[0]
      ?.split('=')[1];
    if (!token) return consoleFail({ ok: false, problem: { type: 'about:blank', title: 'Bad Gateway', status: 502 }, retryAfter: 0 }, locals.lang, values);
    cookies.set(name, token, { path: '/', httpOnly: true, sameSite: 'lax', secure: url.protocol === 'https:', maxAge: 12 * 3600 });
    redirect(303, next(url));
  }
};
