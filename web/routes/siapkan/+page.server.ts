import { redirect } from '@sveltejs/kit';
import { ta } from '$shared/i18n/admin.ts';
import { consoleGet, consoleSend } from '$lib/console/api.ts';
import { consoleFail } from '$lib/console/forms.ts';
import { formValues } from '$lib/forms.ts';
import type { Actions, PageServerLoad } from './$types';

const FIELDS = ['agencyName', 'agencyLevel', 'adminName', 'adminEmail'] as const;

/** The first run (docs/operations.md): open only with the token the server logged, until the first admin exists. */
export const load: PageServerLoad = async (event) => {
  event.setHeaders({ 'cache-control': 'no-store' });
  const { needed } = await consoleGet<{ needed: boolean }>(event, '/api/v1/setup');
  return { needed, token: event.url.searchParams.get('token') ?? '' };
};

export const actions: Actions = {
  default: async (event) => {
    const data = await event.request.formData();
    // The password never comes back to the page.
    const values = formValues(data, [...FIELDS, 'token']);
    const result = await consoleSend(event, '/api/v1/setup', { ...values, password: String(data.get('password') ?? '') }, 'POST', false);
    if (!result.ok) return consoleFail(result, event.locals.lang, values, { 403: ta(event.locals.lang, 'setup.badToken'), 409: ta(event.locals.lang, 'setup.done') });
    redirect(303, '/konsol/masuk?siap');
  }
};
