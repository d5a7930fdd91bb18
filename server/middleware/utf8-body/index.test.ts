import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { utf8Body } from './index.ts';

function app(seen: { cachedText?: boolean } = {}) {
  const hono = new Hono();
  hono.use('*', utf8Body());
  hono.post('/', async (c) => {
    seen.cachedText = c.req.bodyCache.text !== undefined;
    return c.json(await c.req.json());
  });
  return hono;
}

const post = (body: BodyInit) => ({ method: 'POST', body, headers: { 'content-type': 'application/json' } });

describe('utf8Body', () => {
  it('passes a UTF-8 body on, decoded once: the handler parses the text this layer decoded', async () => {
    // Hono 4.13 reads `bodyCache.text` first in c.req.json() and c.req.text(); with only the bytes cached it decodes them again.
    const seen: { cachedText?: boolean } = {};
    const answer = await app(seen).request('/', post(JSON.stringify({ comment: 'Pelayanan ramah 👍' })));
    expect([answer.status, await answer.json()]).toEqual([200, { comment: 'Pelayanan ramah 👍' }]);
    expect(seen.cachedText).toBe(true);
  });

  it('refuses a body that is not valid UTF-8 with 400 problem+json', async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('{"comment":"'), 0xff, ...new TextEncoder().encode('"}')]);
    const answer = await app().request('/', post(bytes));
    expect(answer.status).toBe(400);
    expect(answer.headers.get('content-type')).toMatch(/problem\+json/);
  });
});
