import { error } from '@sveltejs/kit';
import { inProcessRead } from '$shared/api-bridge.ts';
import type { Problem } from '$shared/schemas/index.ts';

type Fetch = typeof fetch;

/** A throttled visitor (429 from the API) gets this page's 429, which says when to try again (routes/+error.svelte). */
export function throwIfThrottled(response: Response): void {
  if (response.status !== 429) return;
  error(429, { message: 'Too Many Requests', retryAfter: Number(response.headers.get('retry-after')) || 60 });
}

/**
 * GET one public API path with the load function's fetch. A missing (404) or malformed (422) path
 * parameter becomes this page's 404 with `notFound`; throttling this page's 429; any other failure a 502.
 */
export async function getJson<T>(fetch: Fetch, path: string, notFound = 'Not found'): Promise<T> {
  const response = await fetch(path);
  if (response.status === 404 || response.status === 422) error(404, notFound);
  throwIfThrottled(response);
  if (!response.ok) error(502, `API ${response.status}`);
  return (await response.json()) as T;
}

/**
 * As getJson, but read in-process where the server can (its own process, a path it answers that way:
 * server/pages/page-reads.ts), without SvelteKit's fetch. Only for server loads and for pages without JavaScript
 * (`csr = false`): SvelteKit's fetch in a universal load also records the answer for the browser's hydration,
 * which a page with JavaScript needs and this passes by.
 */
export async function getJsonInProcess<T>(fetch: Fetch, path: string, notFound = 'Not found'): Promise<T> {
  const text = inProcessRead()?.(path);
  return text === undefined ? getJson<T>(fetch, path, notFound) : (JSON.parse(text) as T);
}

export type Posted<T> = { ok: true; data: T } | { ok: false; problem: Problem };

/** POST JSON to the public API; an error answer comes back as its problem+json. */
export async function postJson<T>(fetch: Fetch, path: string, body: unknown, headers: Record<string, string> = {}): Promise<Posted<T>> {
  const response = await fetch(path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  if (response.ok) return { ok: true, data: (await response.json()) as T };
  const problem = (await response.json().catch(() => null)) as Problem | null;
  return { ok: false, problem: problem ?? { type: 'about:blank', title: response.statusText, status: response.status } };
}

/** POST a complaint's JSON body with files to the public API, as one multipart form (`complaint` plus `files`). */
export async function postWithFiles<T>(fetch: Fetch, path: string, body: unknown, files: readonly File[]): Promise<Posted<T>> {
  const form = new FormData();
  form.set('complaint', JSON.stringify(body));
  for (const file of files) form.append('files', file, file.name);
  const response = await fetch(path, { method: 'POST', body: form });
  if (response.ok) return { ok: true, data: (await response.json()) as T };
  const problem = (await response.json().catch(() => null)) as Problem | null;
  return { ok: false, problem: problem ?? { type: 'about:blank', title: response.statusText, status: response.status } };
}
