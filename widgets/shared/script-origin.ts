import { apiBaseFrom } from './api.ts';

// `document.currentScript` is only set while the bundle's top level runs (it is null in event handlers
// and after an await), so the script reads it here, once, at module evaluation. The widgets then talk to
// the server that served them, whatever page embeds them.
const script = document.currentScript as HTMLScriptElement | null;

/** The API root of the server this bundle was loaded from, e.g. `https://suara.example.go.id/api/v1/`. */
export const apiBase = apiBaseFrom(script?.src, location.href);

/** A page of the Suara site itself (`nilai/…`, `lacak/…`), beside the API: where links from a widget lead. */
export function siteUrl(path: string): string {
  return new URL(`../../${path}`, apiBase).href;
}
