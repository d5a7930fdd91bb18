import type { Handle, HandleFetch } from '@sveltejs/kit';
import { inProcessApi, inProcessFiguresVersion } from '$shared/api-bridge.ts';
import { CLIENT_ADDRESS_HEADER } from '$shared/schemas/index.ts';
import { PageCache } from '$lib/server/page-cache.ts';

const pages = new PageCache();

/** Pages read the public API in-process when the server runs in the same process (always, in production). */
export const handleFetch: HandleFetch = async ({ event, request, fetch }) => {
  const api = inProcessApi();
  if (api && new URL(request.url).pathname.startsWith('/api/')) {
    // In-process there is no socket: pass on the visitor's address so guessing is throttled per visitor.
    if (!request.headers.has(CLIENT_ADDRESS_HEADER)) request.headers.set(CLIENT_ADDRESS_HEADER, event.getClientAddress());
    return api(request);
  }
  return fetch(request);
};

export const handle: Handle = async ({ event, resolve }) => {
  const lang = event.url.searchParams.get('lang') ?? event.cookies.get('lang');
  event.locals.lang = lang === 'en' ? 'en' : 'id';
  if (event.url.searchParams.has('lang')) {
    event.cookies.set('lang', event.locals.lang, { path: '/', httpOnly: true, sameSite: 'lax', maxAge: 31536000 });
  }
  const render = () => resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', event.locals.lang) });
  return pages.serve(event, render, inProcessFiguresVersion());
};
