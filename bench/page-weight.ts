import { gzipSync } from 'node:zlib';

export type Script = { path: string; bytes: number; gzipBytes: number; lazy: boolean };
export type PageWeight = { scripts: Script[]; upFrontGzipBytes: number; lazyGzipBytes: number; gzipBytes: number };

const STATIC_IMPORT = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["'`]([^"'`]+\.js)["'`]/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g;

/**
 * The JavaScript of one page, gzipped (level 9, as build tools report it): what the page loads up
 * front — every `<script src>`, inline `import("…")`, `modulepreload` (tag or Link header) and
 * their static imports — plus what the page's own route modules import later (lazy chunks, e.g. the
 * charts). The router's table of every other route is not followed.
 */
export async function pageWeight(origin: string, path: string): Promise<PageWeight> {
  const response = await fetch(origin + path);
  const html = await response.text();
  const pageUrl = origin + path;
  const entries = new Set<string>();
  const add = (url: string) => entries.add(new URL(url, pageUrl).href);
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) add(m[1]!);
  for (const m of html.matchAll(/<link\b(?=[^>]*\brel="modulepreload")[^>]*\bhref="([^"]+)"/g)) add(m[1]!);
  for (const script of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) for (const m of script[1]!.matchAll(DYNAMIC_IMPORT)) add(m[1]!);
  for (const m of (response.headers.get('link') ?? '').matchAll(/<([^>]+)>;[^,]*rel="modulepreload"/g)) add(m[1]!);

  const sources = new Map<string, string>();
  const scripts: Script[] = [];
  // Breadth-first over static imports; dynamic imports of route modules (nodes/) and their chunks queue as lazy.
  const queue: [string, boolean][] = [...entries].map((url) => [url, false]);
  const seen = new Set(entries);
  while (queue.length > 0) {
    const [url, lazy] = queue.shift()!;
    const body = Buffer.from(await (await fetch(url)).arrayBuffer());
    const source = body.toString('utf8');
    sources.set(url, source);
    scripts.push({ path: new URL(url).pathname, bytes: body.length, gzipBytes: gzipSync(body, { level: 9 }).length, lazy });
    const follow = (specifier: string, isLazy: boolean) => {
      const next = new URL(specifier, url).href;
      if (seen.has(next)) return;
      seen.add(next);
      queue.push([next, isLazy]);
    };
    for (const m of source.matchAll(STATIC_IMPORT)) follow(m[1]!, lazy);
    if (!/\/entry\/(app|start)\./.test(url)) for (const m of source.matchAll(DYNAMIC_IMPORT)) follow(m[1]!, true);
  }
  const sum = (list: Script[]) => list.reduce((total, s) => total + s.gzipBytes, 0);
  const upFront = sum(scripts.filter((s) => !s.lazy));
  const lazy = sum(scripts.filter((s) => s.lazy));
  return { scripts, upFrontGzipBytes: upFront, lazyGzipBytes: lazy, gzipBytes: upFront + lazy };
}
