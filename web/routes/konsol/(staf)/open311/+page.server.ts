import { fail } from '@sveltejs/kit';
import { to311 } from '$shared/i18n/open311.ts';
import type { Open311KeyInfo, Open311KeyIssued, Open311KeyList } from '$shared/schemas/index.ts';
import { consoleGet, consoleSend } from '$lib/console/api.ts';
import { consoleFail, type ConsoleFailure } from '$lib/console/forms.ts';
import { formValues } from '$lib/forms.ts';
import type { Actions, PageServerLoad } from './$types';

/** The Open311 keys this account may see; officers get the API's 403 as this page's error. */
export const load: PageServerLoad = async (event) => ({ list: await consoleGet<Open311KeyList>(event, '/api/v1/console/open311-keys') });

export const actions: Actions = {
  /** Issues a key; the answer holds it once, and so does this page's form result (never stored elsewhere). */
  issue: async (event) => {
    const values = formValues(await event.request.formData(), ['label']);
    const label = values.label!.trim();
    if (label.length < 3 || label.length > 80) return fail(422, { errors: { label: to311(event.locals.lang, 'open311.labelError') }, values } satisfies ConsoleFailure);
    const result = await consoleSend<Open311KeyIssued>(event, '/api/v1/console/open311-keys', { label });
    if (!result.ok) return consoleFail(result, event.locals.lang, values, { 403: to311(event.locals.lang, 'open311.onlyManagers') });
    return { issued: result.data };
  },
  revoke: async (event) => {
    const values = formValues(await event.request.formData(), ['keyId']);
    const result = await consoleSend<Open311KeyInfo>(event, `/api/v1/console/open311-keys/${encodeURIComponent(values.keyId!)}`, undefined, 'DELETE');
    if (!result.ok) return consoleFail(result, event.locals.lang, values, { 403: to311(event.locals.lang, 'open311.onlyManagers') });
    return { revoked: result.data.id };
  }
};
