import { fail } from '@sveltejs/kit';
import { tb } from '$shared/i18n/bursts.ts';
import type { BurstList, ConsoleBurst } from '$shared/schemas/index.ts';
import { consoleGet, consoleSend } from '$lib/console/api.ts';
import { consoleFail, type ConsoleFailure } from '$lib/console/forms.ts';
import { formValues } from '$lib/forms.ts';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

/** Every flagged hour of the account's offices. */
export const load: PageServerLoad = async (event) => ({ list: await consoleGet<BurstList>(event, '/api/v1/console/bursts') });

/** Excludes a burst (POST) or undoes the exclusion (DELETE); the API checks who may. */
async function review(event: RequestEvent, method: 'POST' | 'DELETE') {
  const values = formValues(await event.request.formData(), ['officeId', 'burstId', 'reason']);
  // Checked here too: the API's message for a missing reason is about complaints' reject reasons.
  if (values.reason!.trim().length < 5) return fail(422, { errors: { reason: tb(event.locals.lang, 'bursts.reasonTooShort') }, values } satisfies ConsoleFailure);
  const path = `/api/v1/console/offices/${encodeURIComponent(values.officeId!)}/bursts/${encodeURIComponent(values.burstId!)}/exclusion`;
  const result = await consoleSend<ConsoleBurst>(event, path, { reason: values.reason!.trim() }, method);
  if (!result.ok) return consoleFail(result, event.locals.lang, values, { 403: tb(event.locals.lang, 'bursts.onlyManagers') });
  return { done: `${values.officeId}/${values.burstId}` };
}

export const actions: Actions = {
  exclude: (event) => review(event, 'POST'),
  undo: (event) => review(event, 'DELETE')
};
