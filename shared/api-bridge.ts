/** How the server hands its API to the SvelteKit app in the same process, so pages read the public API without a network hop. */
export type ApiFetch = (request: Request) => Response | Promise<Response>;

/**
 * A token that changes whenever the figures of one office (or, without an id, of any office) may
 * have changed: a page built only from them can be served again while the token stays the same.
 * Never shown to anybody; undefined for an unknown office.
 */
export type FiguresVersion = (officeId?: string) => string | undefined;

const KEY = Symbol.for('suara-layanan.api');
const VERSION_KEY = Symbol.for('suara-layanan.figures-version');
type Holder = { [KEY]?: ApiFetch; [VERSION_KEY]?: FiguresVersion };

/** Called once by the server after createApp. */
export function provideInProcessApi(fetch: ApiFetch, figuresVersion?: FiguresVersion): void {
  (globalThis as Holder)[KEY] = fetch;
  (globalThis as Holder)[VERSION_KEY] = figuresVersion;
}

/** The API's fetch when running in the same process; undefined otherwise (pages then use HTTP). */
export function inProcessApi(): ApiFetch | undefined {
  return (globalThis as Holder)[KEY];
}

/** The figures' version when the server runs in the same process; undefined otherwise (no page is cached). */
export function inProcessFiguresVersion(): FiguresVersion | undefined {
  return (globalThis as Holder)[VERSION_KEY];
}
