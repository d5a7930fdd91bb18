import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { Hono } from 'hono';
import { afterEach, describe, expect, it } from 'vitest';
import { addResponseHeaders } from './index.ts';

function app() {
  return new Hono()
    .use('*', (c, next) => {
      addResponseHeaders(c, { 'X-Added': 'yes', 'X-Both': 'middleware' });
      return next();
    })
    .get('/', (c) => c.json({ ok: true }, 200, { 'X-Both': 'answer' }))
    .get('/boom', () => {
      throw new Error('boom');
    })
    .onError((_error, c) => c.json({ title: 'Internal' }, 500));
}

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

describe('addResponseHeaders', () => {
  it('puts the headers on Node’s response, where the answer’s own header of that name wins', async () => {
    server = createServer(getRequestListener(app().fetch));
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const ok = await fetch(`${origin}/`);
    expect([ok.headers.get('x-added'), ok.headers.get('x-both')]).toEqual(['yes', 'answer']);
    expect(await ok.json()).toEqual({ ok: true });
    const failed = await fetch(`${origin}/boom`);
    expect([failed.status, failed.headers.get('x-added')]).toEqual([500, 'yes']);
  });

  it('falls back to the answer’s headers without a Node response (in-process requests)', async () => {
    const ok = await app().request('/');
    expect([ok.headers.get('x-added'), ok.headers.get('x-both')]).toEqual(['yes', 'answer']);
  });
});
