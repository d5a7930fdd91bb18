/** How the server hands its API to the SvelteKit app in the same process, so pages read the public API without a network hop. */
export type ApiFetch = (request: Request) => Response | Promise<Response>;

const KEY = Symbol.for('suara-layanan.api');
type Holder = { [KEY]?: ApiFetch };

/** Called once by the server after createApp. */
export function provideInProcessApi(fetch: ApiFetch): void {
  (globalThis as Holder)[KEY] = fetch;
}

/** The API's fetch when running in the same process; undefined otherwise (pages then use HTTP). */
export function inProcessApi(): ApiFetch | undefined {
  return (globalThis as Holder)[KEY];
}
