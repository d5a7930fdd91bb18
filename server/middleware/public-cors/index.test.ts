import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { describe, expect, it } from 'vitest';
import { publicCors } from './index.ts';

const options = { allowMethods: ['GET', 'POST', 'OPTIONS'], allowHeaders: ['Content-Type', 'Idempotency-Key'] };

function apps() {
  const ours = new Hono().use('*', publicCors({ ...options, maxAgeSeconds: 86400 }));
  const hono = new Hono().use('*', cors({ origin: '*', ...options, maxAge: 86400 }));
  for (const app of [ours, hono]) {
    app.get('/x', (c) => c.json({ ok: true }));
    app.post('/x', (c) => c.json({ error: true }, 422));
    app.get('/boom', () => {
      throw new Error('boom');
    });
    app.onError((_error, c) => c.json({ title: 'Internal' }, 500));
  }
  return { ours, hono };
}

const corsHeaders = (res: Response) => [...res.headers].filter(([name]) => name.startsWith('access-control-') || name === 'vary');

describe('publicCors', () => {
  it.each([
    ['a GET', '/x', { headers: { Origin: 'https://dinas.example.go.id' } }],
    ['a POST answered with an error', '/x', { method: 'POST', headers: { Origin: 'https://dinas.example.go.id' } }],
    ['a thrown error', '/boom', {}],
    ['a preflight', '/x', { method: 'OPTIONS', headers: { Origin: 'https://a.example', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' } }]
  ])('answers %s with the headers of Hono’s cors', async (_case, path, init) => {
    const { ours, hono } = apps();
    const [a, b] = await Promise.all([ours.request(path, init), hono.request(path, init)]);
    expect(a.status).toBe(b.status);
    expect(corsHeaders(a)).toEqual(corsHeaders(b));
  });
});
