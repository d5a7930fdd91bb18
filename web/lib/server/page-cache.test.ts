import type { RequestEvent } from '@sveltejs/kit';
import { describe, expect, it, vi } from 'vitest';
import { PageCache } from './page-cache.ts';

function event(path: string, { routeId = '/kantor/[office]', lang = 'id', method = 'GET', isDataRequest = false } = {}): RequestEvent {
  const url = new URL(`http://localhost${path}`);
  const office = url.pathname.split('/')[2] ?? '';
  return { url, route: { id: routeId }, params: { office }, locals: { lang }, request: new Request(url, { method }), isDataRequest } as unknown as RequestEvent;
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

  it('forgets the least recently stored page beyond its capacity', async () => {
    const cache = new PageCache(2);
    const render = renderer();
    const versionOf = () => '1';
    for (const office of ['a', 'b', 'c', 'a']) await cache.serve(event(`/kantor/${office}`), render, versionOf);
    expect(render).toHaveBeenCalledTimes(4);
  });
});
