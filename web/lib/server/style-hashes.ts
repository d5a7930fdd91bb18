import { createHash } from 'node:crypto';

const UNSAFE_INLINE = "'unsafe-inline'";

/**
 * The CSP sources for a rendered page's `<style>` elements, `'sha256-…'` each, read from its first chunk (the head,
 * where SvelteKit puts the inlined stylesheets). SvelteKit is configured with `'unsafe-inline'` for styles so that it
 * does not hash the inlined stylesheets itself, in JavaScript on every render (about a twentieth of an office page's
 * CPU, docs/bench.md); Node's crypto does it here in a fraction of that.
 */
export function inlineStyleHashes(html: string): string[] {
  return inlineStyles(html).map((style) => `'sha256-${createHash('sha256').update(style).digest('base64')}'`);
}

/**
 * The CSP header of a rendered page with `'unsafe-inline'` in style-src replaced by `hashes` (inlineStyleHashes). A
 * browser then applies these inline styles only, as with SvelteKit's own hashes.
 */
export function withStyleHashes(csp: string, hashes: readonly string[]): string {
  const directives = csp.split(';');
  const index = directives.findIndex((directive) => directive.trim().startsWith('style-src '));
  if (index < 0 || !directives[index]!.includes(UNSAFE_INLINE)) return csp;
  directives[index] = directives[index]!.split(' ')
    .flatMap((source) => (source === UNSAFE_INLINE ? hashes : [source]))
    .join(' ');
  return directives.join(';');
}

/** The text of each `<style>` element in the page's head (where SvelteKit puts the inlined stylesheets). */
function inlineStyles(html: string): string[] {
  const headEnd = html.indexOf('</head>');
  const styles: string[] = [];
  let at = html.indexOf('<style');
  while (at >= 0 && (headEnd < 0 || at < headEnd)) {
    const open = html.indexOf('>', at) + 1;
    const close = html.indexOf('</style>', open);
    if (open === 0 || close < 0) break;
    styles.push(html.slice(open, close));
    at = html.indexOf('<style', close);
  }
  return styles;
}
