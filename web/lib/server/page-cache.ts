import type { RequestEvent } from '@sveltejs/kit';
import type { FiguresVersion } from '$shared/api-bridge.ts';

type Entry = { version: string; status: number; headers: [string, string][]; body: string };

/**
 * Pages that show only public figures, and whose figures they show: one office's, or (undefined) every office's.
 * A busy office page is rendered once per change of its figures (or per minute), not once per visitor.
 */
const SCOPES: Record<string, (params: Record<string, string>) => string | undefined> = {
  '/': () => undefined,
  '/kantor/[office]': (params) => params.office
};

/** Rendered pages kept until the figures they were built from change; the oldest go first. */
export class PageCache {
  readonly #entries = new Map<string, Entry>();

  constructor(private readonly capacity = 300) {}

  /**
   * Answers a cached copy of the page while its figures are unchanged, else renders it (and keeps it when it is a
   * plain 200 that sets no cookie). Only full-page GETs of the pages in SCOPES; anything else just renders.
   */
  async serve(event: RequestEvent, render: () => Response | Promise<Response>, figuresVersion: FiguresVersion | undefined): Promise<Response> {
    const scope = event.route.id ? SCOPES[event.route.id] : undefined;
    if (!scope || !figuresVersion || event.request.method !== 'GET' || event.isDataRequest) return render();
    const version = figuresVersion(scope(event.params as Record<string, string>));
    if (version === undefined) return render();
    const key = `${event.locals.lang}|${event.url.pathname}${event.url.search}`;
    const hit = this.#entries.get(key);
    if (hit?.version === version) return new Response(hit.body, { status: hit.status, headers: hit.headers });

    const response = await render();
    if (response.status !== 200 || response.headers.has('set-cookie')) return response;
    const entry: Entry = { version, status: response.status, headers: [...response.headers], body: await response.text() };
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    if (this.#entries.size > this.capacity) this.#entries.delete(this.#entries.keys().next().value!);
    return new Response(entry.body, { status: entry.status, headers: entry.headers });
  }
}
