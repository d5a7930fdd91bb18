import { apiBaseFrom } from './api.ts';

// `document.currentScript` is only set while the bundle's top level runs (it is null in event handlers
// and after an await), so the IIFE reads it here, once, at module evaluation. The widgets then talk to
// the server that served them, whatever page embeds them.
const script = typeof document === 'undefined' ? null : (document.currentScript as HTMLScriptElement | null);

/** The API root of the server this bundle was loaded from, e.g. `https://suara.example.go.id/api/v1/`. */
export const apiBase = apiBaseFrom(script?.src, typeof location === 'undefined' ? '' : location.href);
