import type { IncomingMessage, ServerResponse } from 'node:http';
import { originHelp } from '../../shared/i18n/origin-help.ts';
import type { Lang } from '../../shared/i18n/web.ts';
import type { NodeHandler } from './compress.ts';

// The bodies a browser can post cross-site without asking: the ones SvelteKit's origin check refuses.
const FORM_TYPES = /^(application\/x-www-form-urlencoded|multipart\/form-data|text\/plain)/i;

/**
 * While ORIGIN is at its default (`http://localhost:PORT`), a form posted from any other address
 * (127.0.0.1, a phone on the LAN scanning the QR poster) would get SvelteKit's bare 403
 * "Cross-site POST form submissions are forbidden". This answers such a post with a page, in the
 * visitor's language, that says which ORIGIN to set. With ORIGIN set, SvelteKit's check answers as before.
 */
export function explainOriginMismatch(handler: NodeHandler, options: { origin: string; originIsDefault: boolean }): NodeHandler {
  if (!options.originIsDefault) return handler;
  const expected = new URL(options.origin).origin;
  return function originHelpPage(req, res, next) {
    const used = req.headers.origin;
    const isForm = req.method === 'POST' && FORM_TYPES.test(req.headers['content-type'] ?? '');
    if (!isForm || !used || used === expected || used === 'null') return handler(req, res, next);
    const port = new URL(expected).port;
    // The address the visitor used, with the server's own port if the browser sent none.
    const suggestion = new URL(used).port || !port ? used : `${used}:${port}`;
    sendPage(res, visitorLang(req), used, expected, suggestion);
  };
}

function sendPage(res: ServerResponse, lang: Lang, used: string, expected: string, suggestion: string): void {
  const t = (key: Parameters<typeof originHelp.t>[1], vars?: Record<string, string>) => escapeHtml(originHelp.t(lang, key, vars));
  const body = `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${t('title')}</title>
<style>body{font:1rem/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1b1f23}code,pre{background:#f1f3f5;border-radius:4px}pre{padding:.75rem;white-space:pre-wrap;word-break:break-all}</style></head>
<body>
<h1>${t('title')}</h1>
<p>${t('lead', { used, expected })}</p>
<p>${t('fix')}</p>
<pre><code>ORIGIN=${escapeHtml(suggestion)} npm start</code></pre>
<p>${t('why')}</p>
<p><a href="/">${t('back')}</a></p>
</body>
</html>`;
  res.writeHead(403, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': Buffer.byteLength(body), 'Cache-Control': 'no-store' });
  res.end(body);
}

/** The language the pages use (web/hooks.server.ts): the `lang` cookie they set, else Indonesian. */
function visitorLang(req: IncomingMessage): Lang {
  return /(?:^|;\s*)lang=en\b/.test(req.headers.cookie ?? '') ? 'en' : 'id';
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
