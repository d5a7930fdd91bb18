import type { RequestEvent } from '@sveltejs/kit';
import { normaliseSecret, normaliseTrackingCode } from '$shared/codes/codes.ts';
import type { PublicComplaint } from '$shared/schemas/index.ts';
import { consoleSend } from '$lib/console/api.ts';
import { consoleFail } from '$lib/console/forms.ts';
import { formValues, optional } from '$lib/forms.ts';

/**
 * Sends what the citizen did (with the secret) to the API, for the tracking page's question and for the forms of
 * /tanggapi. The secret comes back in the answer (a `no-store` page), so a visitor without JavaScript types it
 * once per visit too; after a wrong secret it does not.
 */
export async function sendCitizenAction(event: RequestEvent, data: FormData, body: { action: string; confirmation?: string }, done: string) {
  const values = formValues(data, ['action', 'secret', 'message', 'confirmation', 'answer']);
  const secret = normaliseSecret(values.secret);
  const path = `/api/v1/complaints/${encodeURIComponent(normaliseTrackingCode(String(event.params.code)))}/actions`;
  const result = await consoleSend<PublicComplaint>(event, path, { ...body, secret, message: optional(values, 'message') }, 'POST', false);
  if (result.ok) return { done, secret };
  const wrongSecret = result.problem.errors?.some((error) => error.field === 'secret') || result.problem.status === 429;
  return consoleFail(result, event.locals.lang, { ...values, secret: wrongSecret ? '' : secret });
}
