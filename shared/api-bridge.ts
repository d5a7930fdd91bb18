/** How the server hands its API to the SvelteKit app in the same process, so pages read the public API without a network hop. */
export type ApiFetch = (request: Request) => Response | Promise<Response>;

/**
 * A token that changes whenever the figures of one office (or, without an id, of any office) may
 * have changed: a page built only from them can be served again while the token stays the same.
 * Never shown to anybody; undefined for an unknown office.
 */
export type FiguresVersion = (officeId?: string) => string | undefined;

/** Logs a page's unexpected error (a 500) through the server's JSON logger, with the request's id. */
export type PageErrorLog = (error: unknown, requestId: string | undefined) => void;

/**
 * One of the public API's GETs that a page makes on every render, answered in-process as the JSON text its route
 * answers, without a Request or a Response; undefined for any path it does not answer that way (the page then
 * fetches it as usual).
 */
export type PageRead = (path: string) => string | undefined;

/** Header by which the server passes a page request's id (its X-Request-Id) to the pages; always overwritten. */
export const REQUEST_ID_FOR_PAGES = 'x-suara-request-id';

/**
 * Header by which `npm run bench` asks for a page rendered anew, past the page cache; the server removes it from
 * every request unless it runs with SUARA_BENCH=1, so a visitor cannot make the server render on demand.
 */
export const RENDER_ANEW_FOR_BENCH = 'x-suara-bench-render';

const KEY = Symbol.for('suara-layanan.api');
const VERSION_KEY = Symbol.for('suara-layanan.figures-version');
const ERROR_LOG_KEY = Symbol.for('suara-layanan.page-error-log');
const READ_KEY = Symbol.for('suara-layanan.page-read');
type Holder = { [KEY]?: ApiFetch; [VERSION_KEY]?: FiguresVersion; [ERROR_LOG_KEY]?: PageErrorLog; [READ_KEY]?: PageRead };

/** Called once by the server after createApp. */
export function provideInProcessApi(fetch: ApiFetch, figuresVersion?: FiguresVersion, read?: PageRead): void {
  (globalThis as Holder)[KEY] = fetch;
  (globalThis as Holder)[VERSION_KEY] = figuresVersion;
  (globalThis as Holder)[READ_KEY] = read;
}

/** Called once by the server: the pages' unexpected errors go to its logger, not to the console. */
export function providePageErrorLog(log: PageErrorLog): void {
  (globalThis as Holder)[ERROR_LOG_KEY] = log;
}

/** The server's log for a page's unexpected error; undefined when the pages run on their own (vite dev). */
export function inProcessPageErrorLog(): PageErrorLog | undefined {
  return (globalThis as Holder)[ERROR_LOG_KEY];
}

/** The API's fetch when running in the same process; undefined otherwise (pages then use HTTP). */
export function inProcessApi(): ApiFetch | undefined {
  return (globalThis as Holder)[KEY];
}

/** The pages' in-process reads when running in the same process; undefined otherwise. */
export function inProcessRead(): PageRead | undefined {
  return (globalThis as Holder)[READ_KEY];
}

/** The figures' version when the server runs in the same process; undefined otherwise (no page is cached). */
export function inProcessFiguresVersion(): FiguresVersion | undefined {
  return (globalThis as Holder)[VERSION_KEY];
}
