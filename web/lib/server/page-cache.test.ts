import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { RequestEvent } from '@sveltejs/kit';
import { describe, expect, it, vi } from 'vitest';
import { RENDER_ANEW_FOR_BENCH } from '$shared/api-bridge.ts';
import { PageCache } from './page-cache.ts';

function event(path: string, { routeId = '/kantor/[office]', lang = 'id', method = 'GET', isDataRequest = false, acceptEncoding = '', headers = {} as Record<string, string> } = {}): RequestEvent {
  const url = new URL(`http://localhost${path}`);
  const office = url.pathname.split('/')[2] ?? '';
  return {
    url,
    route: { id: routeId },
    params: { office },
    locals: { lang },
    request: new Request(url, { method, headers: { ...headers, ...(acceptEncoding && { 'accept-encoding': acceptEncoding }) } }),
    isDataRequest
  } as unknown as RequestEvent;
}

function renderer(headers: Record<string, string> = {}, status = 200) {
  let n = 0;
  return vi.fn(async () => new Response(`<p>render ${++n}</p>`, { status, headers: { 'content-type': 'text/html', ...headers } }));
}

describe('PageCache', () => {
  it('serves a page again while its figures are unchanged, and renders anew when they change', async () => {
    const cache = new PageCache();
    const render = renderer();
    let version = '1';
    const versionOf = vi.fn(() => version);
    expect(await (await cache.serve(event('/kantor/a'), render, versionOf)).text()).toBe('<p>render 1</p>');
    const again = await cache.serve(event('/kantor/a'), render, versionOf);
    expect(await again.text()).toBe('<p>render 1</p>');
    expect(again.headers.get('content-type')).toBe('text/html');
    expect(render).toHaveBeenCalledTimes(1);
    expect(versionOf).toHaveBeenLastCalledWith('a');
    version = '2';
    expect(await (await cache.serve(event('/kantor/a'), render, versionOf)).text()).toBe('<p>render 2</p>');
  });

  it('keeps languages, periods and offices apart', async () => {
    const cache = new PageCache();
    const render = renderer();
    const versionOf = () => '1';
    for (const e of [event('/kantor/a'), event('/kantor/a', { lang: 'en' }), event('/kantor/a?from=2026-01-01'), event('/kantor/b')]) await cache.serve(e, render, versionOf);
    expect(render).toHaveBeenCalledTimes(4);
  });

  it('never keeps what must not be shared or is not a plain page', async () => {
    const cache = new PageCache();
    const versionOf = () => '1';
    for (const [e, render] of [
      [event('/kantor/a'), renderer({ 'set-cookie': 'lang=en' })],
      [event('/kantor/a'), renderer({}, 404)],
      [event('/kantor/a', { isDataRequest: true }), renderer()],
      [event('/kantor/a', { method: 'POST' }), renderer()],
      [event('/lacak', { routeId: '/lacak' }), renderer()]
    ] as const) {
      await cache.serve(e, render, versionOf);
      await cache.serve(e, render, versionOf);
      expect(render).toHaveBeenCalledTimes(2);
    }
    const unknownOffice = renderer();
    await cache.serve(event('/kantor/x'), unknownOffice, () => undefined);
    await cache.serve(event('/kantor/x'), unknownOffice, () => undefined);
    expect(unknownOffice).toHaveBeenCalledTimes(2);
  });

  it('renders every time when the server gives no version (pages reading the API over HTTP)', async () => {
    const cache = new PageCache();
    const render = renderer();
    await cache.serve(event('/kantor/a'), render, undefined);
    await cache.serve(event('/kantor/a'), render, undefined);
    expect(render).toHaveBeenCalledTimes(2);
  });

  it('forgets the least recently stored pages once their bytes pass its capacity', async () => {
    const page = (n: number) => new Response('x'.repeat(400) + n, { headers: { 'content-type': 'text/html' } });
    let n = 0;
    const render = vi.fn(async () => page(++n));
    const cache = new PageCache(1000);
    const versionOf = () => '1';
    for (const office of ['a', 'b', 'c', 'a']) await cache.serve(event(`/kantor/${office}`), render, versionOf);
    expect(render).toHaveBeenCalledTimes(4);
    expect(cache.bytes).toBeLessThanOrEqual(1000);
    await cache.serve(event('/kantor/c'), render, versionOf);
    expect(render).toHaveBeenCalledTimes(4);
  });

  it('counts the compressed copies of a page in its bytes, and stays within its capacity', async () => {
    const page = `<p>${'Indeks Kepuasan Masyarakat — '.repeat(100)}</p>`;
    const render = vi.fn(async () => new Response(page, { headers: { 'content-type': 'text/html' } }));
    const cache = new PageCache(Buffer.byteLength(page) * 2);
    for (const acceptEncoding of ['', 'gzip', 'br']) await cache.serve(event('/kantor/a', { acceptEncoding }), render, () => '1');
    expect(cache.bytes).toBeGreaterThan(Buffer.byteLength(page));
    for (const office of ['b', 'c', 'd']) await cache.serve(event(`/kantor/${office}`), render, () => '1');
    expect(cache.bytes).toBeLessThanOrEqual(Buffer.byteLength(page) * 2);
  });

  it('keys a page on the query parameters it reads: others give the same page, rendered without them', async () => {
    const cache = new PageCache();
    const urls: string[] = [];
    const serve = async (path: string) => {
      const e = event(path);
      const render = async () => (urls.push(e.url.search), new Response(`<p>render ${urls.length}</p>`));
      return (await cache.serve(e, render, () => '1')).text();
    };
    for (let i = 0; i < 5; i++) expect(await serve(`/kantor/a?bench=${i}`)).toBe('<p>render 1</p>');
    expect(await serve('/kantor/a')).toBe('<p>render 1</p>');
    expect(await serve('/kantor/a?utm_source=x&from=2026-01-01')).toBe('<p>render 2</p>');
    expect(await serve('/kantor/a?from=2026-01-01')).toBe('<p>render 2</p>');
    expect(await serve('/kantor/a?to=2026-03-01&ref=y&from=2026-02-01')).toBe('<p>render 3</p>');
    expect(await serve('/kantor/a?from=2026-02-01&to=2026-03-01')).toBe('<p>render 3</p>');
    expect(urls).toEqual(['', '?from=2026-01-01', '?to=2026-03-01&from=2026-02-01']);
    const home = renderer();
    for (const path of ['/?sort=ikm', '/?sort=ikm&ref=x', '/?sort=resolution']) await cache.serve(event(path, { routeId: '/' }), home, () => '1');
    expect(home).toHaveBeenCalledTimes(2);
  });

  it('renders anew, keeping nothing, when the bench asks for it (the server lets that header through only in bench mode)', async () => {
    const cache = new PageCache();
    const render = renderer();
    const versionOf = () => '1';
    await cache.serve(event('/kantor/a'), render, versionOf);
    const bench = { headers: { [RENDER_ANEW_FOR_BENCH]: '1' } };
    expect(await (await cache.serve(event('/kantor/a', bench), render, versionOf)).text()).toBe('<p>render 2</p>');
    expect(await (await cache.serve(event('/kantor/a'), render, versionOf)).text()).toBe('<p>render 1</p>');
    // …answered as any page just rendered: compressed quickly.
    const page = `<p>${'Indeks Kepuasan Masyarakat — '.repeat(100)}</p>`;
    const big = vi.fn(async () => new Response(page, { headers: { 'content-type': 'text/html' } }));
    const fresh = await cache.serve(event('/kantor/b', { ...bench, acceptEncoding: 'gzip, br' }), big, versionOf);
    expect(fresh.headers.get('content-encoding')).toBe('br');
    expect(brotliDecompressSync(Buffer.from(await fresh.arrayBuffer())).toString()).toBe(page);
    expect(cache.bytes).toBe(Buffer.byteLength('<p>render 1</p>'));
  });

  it('answers a page compressed as the visitor prefers: quickly when just rendered, then as well as it keeps', async () => {
    const cache = new PageCache();
    // Varied enough text that the quick and the kept settings differ in size.
    const page = `<ul>${Array.from({ length: 400 }, (_, i) => `<li>Kantor ${(i * 7919) % 1000}: IKM ${(i * 37) % 100},${i % 10} — ${i % 3 ? 'Baik' : 'Sangat Baik'}</li>`).join('')}</ul>`;
    const render = vi.fn(async () => new Response(page, { headers: { 'content-type': 'text/html', 'content-length': String(Buffer.byteLength(page)) } }));
    const versionOf = () => '1';
    const sizes: number[] = [];
    for (const [acceptEncoding, encoding, decode] of [
      ['gzip, deflate, br', 'br', brotliDecompressSync],
      ['gzip, deflate, br', 'br', brotliDecompressSync],
      ['br', 'br', brotliDecompressSync],
      ['gzip', 'gzip', gunzipSync]
    ] as const) {
      const response = await cache.serve(event('/kantor/a', { acceptEncoding }), render, versionOf);
      const bytes = Buffer.from(await response.arrayBuffer());
      expect(response.headers.get('content-encoding')).toBe(encoding);
      expect(response.headers.get('content-length')).toBe(String(bytes.length));
      expect(response.headers.get('vary')).toBe('Accept-Encoding');
      expect(bytes.length).toBeLessThan(page.length / 5);
      expect(decode(bytes).toString()).toBe(page);
      sizes.push(bytes.length);
    }
    // The first answer, just rendered, took the quick setting; the copy the cache keeps is smaller.
    expect(sizes[1]).toBeLessThan(sizes[0]!);
    expect(sizes[2]).toBe(sizes[1]);
    const plain = await cache.serve(event('/kantor/a'), render, versionOf);
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(page);
    expect(render).toHaveBeenCalledTimes(1);
  });

  it('answers brotli at once to a visitor that accepts nothing else', async () => {
    const cache = new PageCache();
    const page = `<p>${'Indeks Kepuasan Masyarakat '.repeat(100)}</p>`;
    const response = await cache.serve(
      event('/kantor/a', { acceptEncoding: 'br' }),
      async () => new Response(page, { headers: { 'content-type': 'text/html' } }),
      () => '1'
    );
    expect(response.headers.get('content-encoding')).toBe('br');
    expect(brotliDecompressSync(Buffer.from(await response.arrayBuffer())).toString()).toBe(page);
  });

  it('leaves a small page uncompressed', async () => {
    const cache = new PageCache();
    const response = await cache.serve(event('/kantor/a', { acceptEncoding: 'br' }), renderer(), () => '1');
    expect(response.headers.get('content-encoding')).toBeNull();
    expect(await response.text()).toBe('<p>render 1</p>');
  });
});
