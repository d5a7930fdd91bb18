// The security headers on everything the one port answers, on the real built server (server/main.ts,
// server/middleware/security-headers, svelte.config.js). The API's own are in tests/api/security-headers.test.ts.
// Needs `npm run build` first.
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { serverOnly } from './support/harness.ts';
import { removeDataDir, startServer } from './support/server.ts';

const OFFICE = 'disdukcapil-sukamaju';

const running = serverOnly();
let answers: { what: string; path: string; res: Response }[];

const get = (path: string, init?: RequestInit) => fetch(`${running.server.origin}${path}`, { redirect: 'manual', ...init });

beforeAll(async () => {
  // The home page ships no JavaScript; the methodology page hydrates, so it names a script to ask for.
  const html = await (await get('/metodologi')).text();
  const script = html.match(/\/_app\/immutable\/[^"']+\.js/)?.[0];
  if (!script) throw new Error('no script in the methodology page');
  const paths: [string, string, RequestInit?][] = [
    ['the home page', '/'],
    ['an office page', `/kantor/${OFFICE}`],
    ['the rating form', `/nilai/${OFFICE}`],
    ['the kiosk', `/kios/${OFFICE}`],
    ['the console login', '/konsol/masuk'],
    ['a console page (redirect to login)', '/konsol'],
    ['a missing page', '/tidak-ada'],
    ['a built script', script],
    ['a static file', '/favicon.svg'],
    ["the kiosk's service worker", '/kios/sw.js'],
    ['a refused form post', `/nilai/${OFFICE}`, { method: 'POST', headers: { origin: running.server.origin, 'content-type': 'text/plain' }, body: 'x' }],
    ['an API answer', '/api/v1/health'],
    ['an API problem', '/api/v1/tidak-ada'],
    ['the widget loader', '/embed/suara.js']
  ];
  answers = await Promise.all(paths.map(async ([what, path, init]) => ({ what, path, res: await get(path, init) })));
});

describe('headers on every answer', () => {
  it('sends nosniff and same-origin referrers everywhere, and no HSTS on http', () => {
    for (const { what, res } of answers) {
      expect(res.headers.get('x-content-type-options'), what).toBe('nosniff');
      expect(res.headers.get('referrer-policy'), what).toBe('same-origin');
      expect(res.headers.get('strict-transport-security'), what).toBeNull();
    }
  });

  it('forbids framing, foreign form targets and <base> on everything but the widget scripts', () => {
    for (const { what, path, res } of answers) {
      const csp = res.headers.get('content-security-policy') ?? '';
      if (path.startsWith('/embed/')) {
        expect(csp, what).toBe('');
        continue;
      }
      for (const directive of ["frame-ancestors 'none'", "form-action 'self'", "base-uri 'none'"]) expect(csp, what).toContain(directive);
    }
  });

  it("keeps the pages' own CSP (scripts from this site only) on the rendered pages", () => {
    const pages = answers.filter((a) => a.res.headers.get('content-type')?.startsWith('text/html') && a.res.status === 200);
    expect(pages.length).toBeGreaterThanOrEqual(5);
    for (const { what, res } of pages) {
      expect(res.headers.get('content-security-policy'), what).toMatch(/script-src 'self'/);
    }
  });

  it("lets a page's own inline styles in by their hashes, and no other inline style", async () => {
    const pages = answers.filter((a) => a.res.headers.get('content-type')?.startsWith('text/html') && a.res.status === 200);
    let hashed = 0;
    for (const { what, res } of pages) {
      const styleSrc = res.headers
        .get('content-security-policy')!
        .split(';')
        .find((d) => d.trim().startsWith('style-src '))!;
      expect(styleSrc, what).not.toContain("'unsafe-inline'");
      const html = await res.clone().text();
      const styles = [...html.slice(0, html.indexOf('</head>')).matchAll(/<style[^>]*>([^<]*)<\/style>/g)].map((m) => m[1]!);
      for (const style of styles) expect(styleSrc, what).toContain(`'sha256-${createHash('sha256').update(style).digest('base64')}'`);
      hashed += styles.length;
    }
    expect(hashed).toBeGreaterThan(0);
  });

  it('keeps the widget loader usable from any site', () => {
    const loader = answers.find((a) => a.path === '/embed/suara.js')!.res;
    expect(loader.status).toBe(200);
    expect(loader.headers.get('access-control-allow-origin')).toBe('*');
    expect(loader.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
  });
});

describe('on a site served over https', () => {
  it('adds HSTS to pages, files and the API', async () => {
    const https = await startServer({ demo: false, env: { ORIGIN: 'https://suara.example.go.id' } });
    try {
      for (const path of ['/', '/favicon.svg', '/api/v1/health', '/embed/suara.js']) {
        const res = await fetch(`${https.origin}${path}`, { redirect: 'manual' });
        expect(res.headers.get('strict-transport-security'), path).toBe('max-age=31536000');
      }
    } finally {
      await https.stop();
      await removeDataDir(https.dataDir);
    }
  });
});
