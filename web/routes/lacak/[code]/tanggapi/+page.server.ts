import { citizenT } from '$shared/i18n/citizen.ts';
import type { PublicComplaint } from '$shared/schemas/index.ts';
import { getJson } from '$lib/api.ts';
import { consoleSend } from '$lib/console/api.ts';
import { consoleFail } from '$lib/console/forms.ts';
import { formValues, optional } from '$lib/forms.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch, params, locals, setHeaders }) => {
  setHeaders({ 'cache-control': 'no-store' });
  const code = params.code.toUpperCase();
  const complaint = await getJson<PublicComplaint>(fetch, `/api/v1/complaints/${encodeURIComponent(code)}`, citizenT(locals.lang, 'track.notFound', { code }));
  return { complaint };
};

export const actions: Actions = {
  default: async (event) => {
    const values = formValues(await event.request.formData(), ['action', 'secret', 'message', 'confirmation']);
    const body = { action: values.action, secret: values.secret.trim(), message: optional(values, 'message'), confirmation: optional(values, 'confirmation') };
    const path = `/api/v1/complaints/${encodeURIComponent(event.params.code.toUpperCase())}/actions`;
    const result = await consoleSend<PublicComplaint>(event, path, body, 'POST', false);
    // The secret is never echoed back into the page.
    if (!result.ok) return consoleFail(result, event.locals.lang, { ...values, secret: '' });
    return { done: values.action };
  }
};
