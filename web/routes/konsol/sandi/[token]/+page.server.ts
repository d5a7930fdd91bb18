import { redirect } from '@sveltejs/kit';
import { ta } from '$shared/i18n/admin.ts';
import { consoleSend } from '$lib/console/api.ts';
import { consoleFail } from '$lib/console/forms.ts';
import type { Actions, PageServerLoad } from './$types';

/** An invitation or reset link: whom it is for, while it is live. */
export const load: PageServerLoad = async (event) => {
  event.setHeaders({ 'cache-control': 'no-store' });
  const response = await event.fetch(`/api/v1/password-links/${encodeURIComponent(event.params.token)}`);
  return { owner: response.ok ? ((await response.json()) as { name: string; email: string }) : null };
};

export const actions: Actions = {
  default: async (event) => {
    const data = await event.request.formData();
    const result = await consoleSend(event, `/api/v1/password-links/${encodeURIComponent(event.params.token)}`, { password: String(data.get('password') ?? '') }, 'POST', false);
    if (!result.ok) return consoleFail(result, event.locals.lang, {}, { 404: ta(event.locals.lang, 'link.invalid') });
    redirect(303, '/konsol/masuk?sandi');
  }
};
