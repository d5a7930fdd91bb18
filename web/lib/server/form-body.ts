import { t, type Lang } from '$shared/i18n/web.ts';

const FORM_TYPES = new Set(['application/x-www-form-urlencoded', 'multipart/form-data']);

/**
 * Every form action reads `request.formData()`; a body it cannot read made that throw, and every action answer 500.
 * Checked once here for every POST to a page: 415 for a body that is not a form (SvelteKit lets `text/plain` through,
 * as HTML forms may send it, but none of ours do), 400 for a form that does not parse (a truncated multipart body),
 * undefined when the action can read it. A browser submitting one of our forms never meets either.
 */
export async function refuseUnreadableForm(request: Request, lang: Lang): Promise<Response | undefined> {
  const type = request.headers.get('content-type')?.split(';', 1)[0]?.trim().toLowerCase() ?? '';
  if (!FORM_TYPES.has(type)) return plain(415, t(lang, 'error.formType'));
  try {
    // A copy, so the action still reads the body itself.
    await request.clone().formData();
    return undefined;
  } catch (error) {
    // adapter-node stops reading past BODY_SIZE_LIMIT with a 413 of its own; keep that answer.
    const status = (error as { status?: unknown })?.status === 413 ? 413 : 400;
    return plain(status, t(lang, status === 413 ? 'error.formTooLarge' : 'error.formBody'));
  }
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });
}
