// The widgets' only conversation with the server. Nothing here throws: a failure is a value the component turns
// into a polite message, so no rejection ever surfaces in the host page's console. No cookies: `credentials: 'omit'`.

/** The SKM answer scale: 1 Tidak Baik … 4 Sangat Baik. */
export type Score = 1 | 2 | 3 | 4;

/** What the citizen chose, before it is sent. */
export type RatingDraft = { office: string; service?: string; score: Score; comment?: string; channel?: 'widget' | 'kiosk' | 'assisted' };

/**
 * Why a request did not go through; `detail` is the server's problem+json explanation when it gave one.
 * `rejected` (a 4xx) will not succeed by trying again; the others may.
 */
export type SendFailure = { ok: false; reason: 'network' | 'timeout' | 'server' | 'rejected'; status?: number; detail?: string };

export type Sent<T> = { ok: true; body: T } | SendFailure;

// Weak 3G on a prepaid phone: a first request with its CORS preflight can take several seconds.
const TIMEOUT_MS = 20_000;

type Options = { fetch?: typeof globalThis.fetch; timeoutMs?: number; key?: string };

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

/** A fresh idempotency key: 128 random bits, base64url. The server answers a repeated key with the first answer. */
export function newKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/** One request to the API (a form: multipart, its boundary set by fetch); resolves with the parsed JSON or a failure, never rejects. */
export async function request<T>(url: string, body?: string | FormData, { fetch = globalThis.fetch, timeoutMs = TIMEOUT_MS, key }: Options = {}): Promise<Sent<T>> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => ((timedOut = true), controller.abort()), timeoutMs);
  try {
    const headers: Record<string, string> = typeof body == 'string' ? { 'Content-Type': 'application/json' } : {};
    if (key) headers['Idempotency-Key'] = key;
    const response = await fetch(url, { method: body ? 'POST' : 'GET', headers, body, credentials: 'omit', signal: controller.signal });
    const json = await response.json().catch(() => undefined);
    if (response.ok && json) return { ok: true, body: json as T };
    // 408 and 429 say "later", not "never"; 5xx and a 2xx without JSON (a captive portal) are the server's side.
    const status = response.status;
    const reason = status >= 400 && status < 500 && status !== 408 && status !== 429 ? 'rejected' : 'server';
    // RFC 9457: `detail` explains this occurrence, `title` only the kind of problem. Capped: it is shown verbatim.
    const detail = String(json?.detail ?? json?.title ?? '').slice(0, 300) || undefined;
    return { ok: false, reason, status, detail };
  } catch {
    return { ok: false, reason: timedOut ? 'timeout' : 'network' };
  } finally {
    clearTimeout(timer);
  }
}
