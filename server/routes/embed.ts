import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { WidgetFile } from '../embed/widget-bundle.ts';

const SHORT_CACHE = 'public, max-age=300';
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * `/embed/suara.js` (short cache, for the copy-paste snippet) and `/embed/suara.<hash>.js`
 * (immutable). Served to any origin; no cookies are read or set.
 */
export function registerEmbed(app: OpenAPIHono, files: readonly WidgetFile[]): void {
  app.get('/embed/manifest.json', (c) => c.json(Object.fromEntries(files.map((f) => [f.name, f.hashedName])), 200, { 'Cache-Control': SHORT_CACHE, 'Access-Control-Allow-Origin': '*' }));
  for (const file of files) {
    app.get(`/embed/${file.name}`, (c) => serve(c, file, SHORT_CACHE));
    app.get(`/embed/${file.hashedName}`, (c) => serve(c, file, IMMUTABLE));
  }
}

function serve(c: Context, file: WidgetFile, cacheControl: string): Response {
  const headers: Record<string, string> = {
    'Content-Type': 'text/javascript; charset=utf-8',
    'Cache-Control': cacheControl,
    ETag: file.etag,
    Vary: 'Accept-Encoding',
    'Access-Control-Allow-Origin': '*',
    'Cross-Origin-Resource-Policy': 'cross-origin',
    'X-Content-Type-Options': 'nosniff'
  };
  if (c.req.header('If-None-Match') === file.etag) return c.body(null, 304, headers);
  if (/\bgzip\b/.test(c.req.header('Accept-Encoding') ?? '')) {
    return c.body(new Uint8Array(file.gzipped), 200, { ...headers, 'Content-Encoding': 'gzip' });
  }
  return c.body(new Uint8Array(file.body), 200, headers);
}
