import { describe, expect, it, vi } from 'vitest';
import { apiBaseFrom, ratingBody, sendRating } from './api.ts';

const problem = (status: number, body: object) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/problem+json' } });

describe('apiBaseFrom', () => {
  it('finds the API beside the script, hashed or not, under a path prefix too', () => {
    expect(apiBaseFrom('https://suara.example.go.id/embed/suara.js', 'https://dinas.example/')).toBe('https://suara.example.go.id/api/v1/');
    expect(apiBaseFrom('https://s.example/embed/suara.Ab12_x.js?v=2', 'https://x/')).toBe('https://s.example/api/v1/');
    expect(apiBaseFrom('https://pemda.example/suara/embed/suara.js', 'https://x/')).toBe('https://pemda.example/suara/api/v1/');
  });

  it('falls back to the page origin without a script URL, and to a relative path when the page has none', () => {
    expect(apiBaseFrom(undefined, 'http://localhost:3000/kantor/x')).toBe('http://localhost:3000/api/v1/');
    expect(apiBaseFrom(undefined, 'about:blank')).toBe('/api/v1/');
  });
});

describe('ratingBody', () => {
  it('sends the widget channel, trims the comment and leaves out what is empty', () => {
    expect(JSON.parse(ratingBody({ office: 'kua-x', score: 4, comment: '  cepat  ' }))).toEqual({
      officeId: 'kua-x',
      score: 4,
      comment: 'cepat',
      channel: 'widget'
    });
    expect(JSON.parse(ratingBody({ office: 'kua-x', service: 'nikah', score: 1, comment: '   ' }))).toEqual({
      officeId: 'kua-x',
      serviceId: 'nikah',
      score: 1,
      channel: 'widget'
    });
  });

  it('never sends more than the 1000 characters the API accepts', () => {
    expect(JSON.parse(ratingBody({ office: 'x', score: 2, comment: 'a'.repeat(1200) })).comment).toHaveLength(1000);
  });
});

describe('sendRating', () => {
  const draft = { office: 'disdukcapil-sukamaju', score: 3 as const };

  it('posts JSON without credentials and returns the new id', async () => {
    const fetch = vi.fn(async () => Response.json({ id: 'r_1' }, { status: 201 }));
    expect(await sendRating('https://s.example/api/v1/', draft, { fetch })).toEqual({ ok: true, id: 'r_1' });
    expect(fetch).toHaveBeenCalledWith(
      'https://s.example/api/v1/ratings',
      expect.objectContaining({ method: 'POST', credentials: 'omit', headers: { 'Content-Type': 'application/json' } })
    );
  });

  it("passes on the server's problem detail for a 4xx, falling back to its title", async () => {
    const detail = 'officeId: Invalid string';
    expect(await sendRating('/', draft, { fetch: async () => problem(422, { title: 'Unprocessable Content', status: 422, detail }) })).toEqual({
      ok: false,
      reason: 'rejected',
      status: 422,
      detail
    });
    const untitled = await sendRating('/', draft, { fetch: async () => problem(429, { title: 'Too Many Requests', status: 429 }) });
    expect(untitled).toMatchObject({ reason: 'rejected', detail: 'Too Many Requests' });
  });

  it('tells server trouble and unreadable answers apart from rejections', async () => {
    expect(await sendRating('/', draft, { fetch: async () => new Response('<html>Bad Gateway', { status: 502 }) })).toEqual({
      ok: false,
      reason: 'server',
      status: 502,
      detail: undefined
    });
    expect(await sendRating('/', draft, { fetch: async () => new Response('{}', { status: 201 }) })).toMatchObject({ reason: 'server' });
  });

  it('turns a failed connection into a value instead of a rejection', async () => {
    const fetch = async () => Promise.reject(new TypeError('Failed to fetch'));
    expect(await sendRating('/', draft, { fetch })).toEqual({ ok: false, reason: 'network' });
  });

  it('gives up after the timeout', async () => {
    const fetch = (_url: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => init!.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    expect(await sendRating('/', draft, { fetch, timeoutMs: 10 })).toEqual({ ok: false, reason: 'timeout' });
  });
});
