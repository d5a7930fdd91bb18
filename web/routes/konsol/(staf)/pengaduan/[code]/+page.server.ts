import type { Office, StaffActionInput, StaffComplaint } from '$shared/schemas/index.ts';
import { fail } from '@sveltejs/kit';
import { tc } from '$shared/i18n/console.ts';
import { getJson } from '$lib/api.ts';
import { consoleGet, consoleSend } from '$lib/console/api.ts';
import { consoleFail, type ConsoleFailure } from '$lib/console/forms.ts';
import { formValues, optional } from '$lib/forms.ts';
import type { Actions, PageServerLoad } from './$types';
import { normaliseTrackingCode } from '$shared/codes/codes.ts';

export const load: PageServerLoad = async (event) => {
  const code = normaliseTrackingCode(event.params.code);
  const [complaint, { offices }] = await Promise.all([
    consoleGet<StaffComplaint>(event, `/api/v1/console/complaints/${encodeURIComponent(code)}`),
    getJson<{ offices: Office[] }>(event.fetch, '/api/v1/offices')
  ]);
  return { complaint, offices: offices.map((o) => ({ id: o.id, name: o.name })) };
};

/** The form's fields as the API's action body; the API checks what each action requires. */
function actionBody(values: Record<string, string>): Record<string, unknown> {
  return { action: values.action, message: optional(values, 'message'), reason: optional(values, 'reason'), toOfficeId: optional(values, 'toOfficeId') };
}

export const actions: Actions = {
  default: async (event) => {
    const values = formValues(await event.request.formData(), ['action', 'message', 'reason', 'toOfficeId', 'confirm']);
    // Rejecting cannot be undone by staff: it needs the ticked confirmation, also without JavaScript.
    if (values.action === 'reject' && values.confirm !== 'yes') {
      return fail(400, { errors: { confirm: tc(event.locals.lang, 'error.confirm') }, values } satisfies ConsoleFailure);
    }
    const path = `/api/v1/console/complaints/${encodeURIComponent(normaliseTrackingCode(event.params.code))}/actions`;
    const result = await consoleSend<StaffComplaint>(event, path, actionBody(values) as StaffActionInput);
    if (!result.ok) return consoleFail(result, event.locals.lang, values);
    return { done: values.action };
  }
};
