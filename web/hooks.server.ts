import type { Handle, HandleFetch, HandleServerError } from '@sveltejs/kit';
import { dev } from '$app/environment';
import { inProcessApi, inProcessFiguresVersion, inProcessPageErrorLog, REQUEST_ID_FOR_PAGES } from '$shared/api-bridge.ts';
import { CLIENT_ADDRESS_HEADER } from '$shared/schemas/index.ts';
import { refuseUnreadableForm } from '$lib/server/form-body.ts';
import { PageCache } from '$lib/server/page-cache.ts';
import { inlineStyleHashes, withStyleHashes } from '$lib/server/style-hashes.ts';

const pages = new PageCache();

/** Pages read the public API in-process when the server runs in the same process (always, in production). */
export const handleFetch: HandleFetch = async ({ event, request, fetch }) => {
  const api = inProcessApi();
  if (api && new URL(request.url).pathname.startsWith('/api/')) {
    // In-process there is no socket: pass on the visitor's address so guessing is throttled per visitor.
    if (!request.headers.has(CLIENT_ADDRESS_HEADER)) request.headers.set(CLIENT_ADDRESS_HEADER, event.getClientAddress());
    const response = await api(request);
    // A throttled visitor's page answers 429 too (web/lib/api.ts); it says when to come back.
    if (response.status === 429) event.locals.retryAfter = Number(response.headers.get('retry-after')) || undefined;
    return response;
  }
  return fetch(request);
};

/** An unexpected error in a page goes to the server's JSON log with its request id (docs/operations.md, "Logs"). */
export const handleError: HandleServerError = ({ error, event, status }) => {
  if (status === 404) return;
  const log = inProcessPageErrorLog();
  if (log) log(error, event.request.headers.get(REQUEST_ID_FOR_PAGES) ?? undefined);
  else console.error(error);
};

export const handle: Handle = async ({ event, resolve }) => {
  const lang = event.url.searchParams.get('lang') ?? event.cookies.get('lang');
  event.locals.lang = lang === 'en' ? 'en' : 'id';
  if (event.url.searchParams.has('lang')) {
    event.cookies.set('lang', event.locals.lang, { path: '/', httpOnly: true, sameSite: 'lax', maxAge: 31536000 });
  }
  if (event.request.method === 'POST') {
    const refused = await refuseUnreadableForm(event.request, event.locals.lang);
    if (refused) return refused;
  }
  const render = async () => {
    // The inline styles' hashes (svelte.config.js: style-src), taken from the first chunk as it passes. Only the
    // hashes are kept, never the page: SvelteKit's closure over this transform outlives the request until a full
    // garbage collection, and a page held here was promoted with it on every render (docs/bench.md, "Found: the
    // page hook held the page").
    let styleHashes: string[] | undefined;
    const transformPageChunk = ({ html }: { html: string }) => {
      styleHashes ??= inlineStyleHashes(html);
      return html.replace('%lang%', event.locals.lang);
    };
    const response = await resolve(event, { transformPageChunk });
    // In development Vite injects styles that no hash names.
    const csp = response.headers.get('content-security-policy');
    if (csp && !dev) response.headers.set('content-security-policy', withStyleHashes(csp, styleHashes ?? []));
    return response;
  };
  const response = await pages.serve(event, render, inProcessFiguresVersion());
  if (response.status === 429 && event.locals.retryAfter) response.headers.set('retry-after', String(event.locals.retryAfter));
  return response;
};
