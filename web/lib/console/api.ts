import { error, redirect, type Cookies } from '@sveltejs/kit';
import { CLIENT_ADDRESS_HEADER, STAFF_CSRF_HEADER, staffSessionCookie, type Problem } from '$shared/schemas/index.ts';
import { throwIfThrottled } from '$lib/api.ts';

/** What a console load or action needs of SvelteKit's request event. */
export type ConsoleEvent = { fetch: typeof fetch; cookies: Cookies; url: URL; getClientAddress: () => string };

export type ConsoleResult<T> = { ok: true; data: T; response: Response } | { ok: false; problem: Problem; retryAfter: number };

/** The session cookie's name on this site: `__Host-` prefixed on https, as the API names it from the same ORIGIN. */
export const sessionCookie = (url: URL) => staffSessionCookie(url.protocol === 'https:');

/**
 * The pages reach the API in-process (hooks.server.ts), where SvelteKit does not forward cookies:
 * pass the session, the CSRF header and the visitor's address (for throttling) explicitly.
 */
function headers(event: ConsoleEvent, json: boolean): Record<string, string> {
  const name = sessionCookie(event.url);
  const token = event.cookies.get(name);
  return {
    [STAFF_CSRF_HEADER]: '1',
    [CLIENT_ADDRESS_HEADER]: event.getClientAddress(),
    ...(token && { cookie: `${name}=${token}` }),
    ...(json && { 'content-type': 'application/json' })
  };
}

/** Without a live session every console page goes to the login, and comes back afterwards. */
function toLogin(event: ConsoleEvent): never {
  event.cookies.delete(sessionCookie(event.url), { path: '/' });
  redirect(303, `/konsol/masuk?lanjut=${encodeURIComponent(event.url.pathname + event.url.search)}`);
}

/** GET a staff API path; 401 → login, 403/404 → this page's error, anything else failing → 502. */
export async function consoleGet<T>(event: ConsoleEvent, path: string): Promise<T> {
  const response = await event.fetch(path, { headers: headers(event, false) });
  if (response.status === 401) toLogin(event);
  if (response.status === 403 || response.status === 404) error(response.status, ((await response.json()) as Problem).detail ?? '');
  throwIfThrottled(response);
  if (!response.ok) error(502, `API ${response.status}`);
  return (await response.json()) as T;
}

/** Send to a staff (or citizen) API path; an error comes back as its problem+json, a lost session goes to login. */
export async function consoleSend<T>(event: ConsoleEvent, path: string, body?: unknown, method = 'POST', login = true): Promise<ConsoleResult<T>> {
  const response = await event.fetch(path, { method, headers: headers(event, body !== undefined), body: body === undefined ? undefined : JSON.stringify(body) });
  if (response.ok) return { ok: true, data: (response.status === 204 ? null : await response.json()) as T, response };
  if (response.status === 401 && login) toLogin(event);
  const problem = ((await response.json().catch(() => null)) as Problem | null) ?? { type: 'about:blank', title: response.statusText, status: response.status };
  return { ok: false, problem, retryAfter: Number(response.headers.get('retry-after') ?? 0) };
}
