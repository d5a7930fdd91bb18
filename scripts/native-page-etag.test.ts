import { createHash } from 'node:crypto';
import { parseAst } from 'vite';
import { describe, expect, it } from 'vitest';
import { PAGE_RENDER_MODULE, withNativePageEtag } from './native-page-etag.ts';
import { installedModule } from './server-build-rewrite.ts';

const installed = () => installedModule(PAGE_RENDER_MODULE);

describe('withNativePageEtag', () => {
  it("rewrites the installed SvelteKit's page render: the ETag no longer comes from djb2, and the module still parses", async () => {
    const rewritten = withNativePageEtag(await installed());
    expect(rewritten).toContain('headers.set(\'etag\', `"${page_etag(transformed)}"`);');
    expect(rewritten).not.toContain('hash(transformed)');
    expect(() => parseAst(rewritten)).not.toThrow();
  });

  it("gives a page's SHA-1, so the same HTML has the same ETag and any change another", async () => {
    const rewritten = withNativePageEtag(await installed());
    const helper = rewritten.slice(0, rewritten.indexOf('\n', rewritten.indexOf('const page_etag')));
    const pageEtag = new Function('native_create_hash', `${helper.replace(/^import .*$/m, '')}\nreturn page_etag;`)(createHash) as (html: string) => string;
    const html = '<!doctype html><html lang="id"><p>IKM 84,49 — Baik</p></html>';
    expect(pageEtag(html)).toBe(createHash('sha1').update(html).digest('base64url').slice(0, 16));
    expect(pageEtag(html)).toMatch(/^[\w-]{16}$/);
    expect(pageEtag(html.replace('84,49', '84,50'))).not.toBe(pageEtag(html));
  });

  it('refuses code it does not recognise, so a changed SvelteKit fails the build instead of losing the rewrite', () => {
    expect(() => withNativePageEtag('export async function render_response() {}')).toThrow(/no longer has the line/);
  });
});
