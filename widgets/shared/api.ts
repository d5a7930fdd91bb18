// The widgets' only conversation with the server. Nothing here throws: a failure is a value the
// component turns into a polite message, so no rejection ever surfaces in the host page's console.

/** The SKM answer scale: 1 Tidak Baik … 4 Sangat Baik. */
export type Score = 1 | 2 | 3 | 4;

/** What the citizen chose, before it is sent. */
export type RatingDraft = { office: string; service?: string; score: Score; comment?: string };

/** Why a rating did not go through; `detail` is the server's problem+json explanation when it gave one. */
export type SendFailure = { ok: false; reason: 'network' | 'timeout' | 'server' | 'rejected'; status?: number; detail?: string };

export type SendResult = { ok: true; id: string } | SendFailure;

export const COMMENT_MAX = 1000;
// Weak 3G on a prepaid phone: a first request with its CORS preflight can take several seconds.
const TIMEOUT_MS = 20_000;

/**
 * The API root beside the script that loaded the widgets: `https://host/embed/suara.js` → `https://host/api/v1/`.
 * Relative to the script rather than its origin, so a server mounted under a path prefix works too.
 */
export function apiBaseFrom(scriptSrc: string | undefined, pageUrl: string): string {
  try {
    return scriptSrc ? new URL('../api/v1/', scriptSrc).href : new URL('/api/v1/', pageUrl).href;
  } catch {
    return '/api/v1/'; // an opaque page URL (about:blank, srcdoc) with no script URL: nothing better to try
  }
}

/** The JSON body of `POST /api/v1/ratings` for a draft. */
export function ratingBody(draft: RatingDraft): string {
  const comment = draft.comment?.trim().slice(0, COMMENT_MAX);
  return JSON.stringify({
    officeId: draft.office,
    ...(draft.service && { serviceId: draft.service }),
    score: draft.score,
    ...(comment && { comment }),
    channel: 'widget'
  });
}

/** Posts one rating, without cookies, and resolves with the outcome; never rejects. */
export async function sendRating(
  apiBase: string,
  draft: RatingDraft,
  { fetch = globalThis.fetch, timeoutMs = TIMEOUT_MS }: { fetch?: typeof globalThis.fetch; timeoutMs?: number } = {}
): Promise<SendResult> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => ((timedOut = true), controller.abort()), timeoutMs);
  try {
    const response = await fetch(`${apiBase}ratings`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: ratingBody(draft),
      credentials: 'omit',
      signal: controller.signal
    });
    const body = await response.json().catch(() => undefined);
    if (response.ok && typeof body?.id === 'string') return { ok: true, id: body.id };
    const reason = response.status >= 400 && response.status < 500 ? 'rejected' : 'server';
    return { ok: false, reason, status: response.status, detail: problemDetail(body) };
  } catch {
    return { ok: false, reason: timedOut ? 'timeout' : 'network' };
  } finally {
    clearTimeout(timer);
  }
}

// RFC 9457: `detail` explains this occurrence, `title` only the kind of problem. Capped, because it is
// shown verbatim and a misbehaving proxy could answer with a whole HTML page.
function problemDetail(body: unknown): string | undefined {
  const problem = body as { detail?: unknown; title?: unknown } | undefined;
  const text = typeof problem?.detail === 'string' ? problem.detail : problem?.title;
  return typeof text === 'string' && text ? text.slice(0, 300) : undefined;
}
