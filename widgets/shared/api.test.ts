import { describe, expect, it, vi } from 'vitest';
import { apiBaseFrom, newKey, request } from './api.ts';

const problem = (status: number, body: object) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/problem+json' } });

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

describe('newKey', () => {
  it('makes 128 random bits as 22 URL-safe characters, a fresh one each time', () => {
    const keys = new Set(Array.from({ length: 100 }, newKey));
    expect(keys.size).toBe(100);
    for (const key of keys) expect(key).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });
});

describe('request', () => {
  it('posts JSON without cookies, with the idempotency key, and resolves with the answer', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>(async () => Response.json({ id: 'r7' }, { status: 201 }));
    expect(await request('https://s.example/api/v1/ratings', '{"score":4}', { fetch, key: 'k'.repeat(22) })).toEqual({ ok: true, body: { id: 'r7' } });
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe('https://s.example/api/v1/ratings');
    expect(init).toMatchObject({ method: 'POST', credentials: 'omit', body: '{"score":4}', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'k'.repeat(22) } });
  });

  it('gets without a body or headers', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>(async () => Response.json({ a: 1 }));
    await request('/x', undefined, { fetch });
    expect(fetch.mock.calls[0]![1]).toMatchObject({ method: 'GET', headers: {}, body: undefined });
  });

  it("tells a refusal (4xx) in the server's own words from a failure worth retrying", async () => {
    const refusal = await request('/', '{}', { fetch: async () => problem(422, { title: 'Unprocessable Content', detail: 'score: Too big' }) });
    expect(refusal).toEqual({ ok: false, reason: 'rejected', status: 422, detail: 'score: Too big' });
    expect(await request('/', '{}', { fetch: async () => problem(404, { title: 'Not Found' }) })).toMatchObject({ reason: 'rejected', detail: 'Not Found' });
    for (const status of [408, 429, 500, 503]) {
      expect(await request('/', '{}', { fetch: async () => problem(status, {}) })).toMatchObject({ ok: false, reason: 'server', status });
    }
  });

  it('takes an answer that is not JSON (a captive portal, a proxy page) as a server failure', async () => {
    expect(await request('/', '{}', { fetch: async () => new Response('<html>Login Wi-Fi', { status: 200 }) })).toEqual({
      ok: false,
      reason: 'server',
      status: 200,
      detail: undefined
    });
  });

  it('caps what it quotes from the server', async () => {
    const long = await request('/', '{}', { fetch: async () => problem(400, { detail: 'x'.repeat(1000) }) });
    expect(long.ok === false && long.detail).toHaveLength(300);
  });

  it('turns a failed connection into a value instead of a rejection', async () => {
    const fetch = async () => Promise.reject(new TypeError('Failed to fetch'));
    expect(await request('/', '{}', { fetch })).toEqual({ ok: false, reason: 'network' });
  });

  it('gives up after the timeout', async () => {
    const fetch = (_url: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => init!.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    expect(await request('/', '{}', { fetch, timeoutMs: 10 })).toEqual({ ok: false, reason: 'timeout' });
  });
});
