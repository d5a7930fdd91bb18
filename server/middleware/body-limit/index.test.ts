import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { bodyLimit } from './index.ts';

function app() {
  const hono = new Hono();
  hono.use('*', bodyLimit({ maxSize: 16, onError: (c) => c.text('too large', 413) }));
  hono.post('/', async (c) => c.text(`got ${(await c.req.text()).length}`));
  hono.get('/', (c) => c.text('ok'));
  return hono;
}

/** A body without Content-Length: sent chunked. */
function chunked(text: string): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(text));
      controller.close();
    }
  });
}

describe('bodyLimit', () => {
  it('judges a body with a Content-Length by the header', async () => {
    const small = await app().request('/', { method: 'POST', body: 'x'.repeat(16), headers: { 'content-length': '16' } });
    expect([small.status, await small.text()]).toEqual([200, 'got 16']);
    const large = await app().request('/', { method: 'POST', body: 'x'.repeat(17), headers: { 'content-length': '17' } });
    expect([large.status, await large.text()]).toEqual([413, 'too large']);
  });

  it('counts a chunked body', async () => {
    const init = (text: string) => ({ method: 'POST', body: chunked(text), duplex: 'half' }) as RequestInit;
    expect((await app().request('/', init('x'.repeat(16)))).status).toBe(200);
    expect((await app().request('/', init('x'.repeat(17)))).status).toBe(413);
  });

  it('lets requests without a body through', async () => {
    expect(await (await app().request('/')).text()).toBe('ok');
  });
});
