// The hot routes (server/hot-routes) answer exactly as the ordinary Hono path does: the same request goes to a
// server with them and to one without (each over its own app on the same data), and the answers must agree.
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type SuaraApp } from '../../server/app.ts';
import { manualClock } from '../../server/clock.ts';
import { securityHeaderValues } from '../../server/middleware/security-headers/index.ts';
import { testStore, withSharedState } from './support/test-store.ts';
import { NOW, testCatalog } from './fixtures.ts';

const ORIGIN = 'https://suara.ujikab.go.id';
const AGENCY = 'https://disdukcapil.ujikab.go.id';
const serverKey = randomBytes(32);
const servers: Server[] = [];

async function makeApp(): Promise<SuaraApp> {
  const catalog = structuredClone(testCatalog);
  catalog.offices[1]!.allowedOrigins = [AGENCY];
  const store = await testStore(catalog);
  return createApp({ store, clock: manualClock(NOW), config: { bodyLimitBytes: 1024, ...withSharedState(store, { origin: ORIGIN, serverKey, rateLimits: { ratings: 20 }, log: () => {} }) } });
}

/** As server/main.ts serves the API: its headers on every answer, then Hono. */
function ordinary(app: SuaraApp): RequestListener {
  const api = getRequestListener(app.fetch);
  const every = Object.entries(securityHeaderValues({ origin: ORIGIN }));
  return (req, res) => {
    res.setHeader('X-Request-Id', randomUUID());
    for (const [name, value] of every) res.setHeader(name, value);
    void api(req, res);
  };
}

async function listen(listener: RequestListener): Promise<string> {
  const server = createServer(listener);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

let plain: string;
let hot: string;
const answeredHot: string[] = [];

beforeAll(async () => {
  plain = await listen(ordinary(await makeApp()));
  const app = await makeApp();
  const fallThrough = ordinary(app);
  const lane = {
    fallThrough: (req: IncomingMessage, res: ServerResponse) => fallThrough(req, res),
    answered: (_method: string, route: string, status: number) => void answeredHot.push(`${route} ${status}`)
  };
  hot = await listen((req, res) => {
    if (!app.hotRoutes(req, res, lane)) fallThrough(req, res);
  });
});
afterAll(() => Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve)))));

type Sent = { method?: string; path: string; headers?: Record<string, string>; body?: string | Uint8Array<ArrayBuffer> };
const IGNORED = new Set(['date', 'x-request-id', 'connection', 'keep-alive', 'transfer-encoding']);

async function answer(origin: string, { method = 'GET', path, headers, body }: Sent) {
  const res = await fetch(origin + path, { method, headers, body });
  const kept = [...res.headers].filter(([name]) => !IGNORED.has(name)).sort(([a], [b]) => a.localeCompare(b));
  return { status: res.status, headers: Object.fromEntries(kept), body: await res.text(), requestId: res.headers.get('x-request-id') };
}

/** Sends `request` to both servers; their answers must be the same. Returns the hot server's. */
async function same(request: Sent) {
  const expected = await answer(plain, request);
  const got = await answer(hot, request);
  expect({ ...got, requestId: undefined }, `${request.method ?? 'GET'} ${request.path}`).toEqual({ ...expected, requestId: undefined });
  expect(got.requestId).toMatch(/^[0-9a-f-]{36}$/);
  return got;
}

const json = (value: unknown, headers: Record<string, string> = {}): Sent => ({
  method: 'POST',
  path: '/api/v1/ratings',
  headers: { 'Content-Type': 'application/json', ...headers },
  body: typeof value === 'string' ? value : JSON.stringify(value)
});

describe('the hot routes', () => {
  it('record a rating with the same answer, headers and id as the ordinary path, and answer it themselves', async () => {
    answeredHot.length = 0;
    const first = await same(json({ officeId: 'disdukcapil-uji', score: 4, channel: 'widget' }));
    expect(first.status).toBe(201);
    expect(first.headers['ratelimit-remaining']).toBe('19');
    expect((await same(json({ officeId: 'disdukcapil-uji', serviceId: 'ktp-el', score: 2, comment: 'Antre lama' }, { 'Content-Type': 'application/json; charset=UTF-8' }))).status).toBe(201);
    expect(answeredHot).toEqual(['/api/v1/ratings 201', '/api/v1/ratings 201']);
  });

  it('answer a repeated Idempotency-Key with the first answer, and refusals of the verb with the same problem', async () => {
    const key = { 'Idempotency-Key': 'Hc2f0sQyJ5m1uXKq8bNw1g' };
    expect((await same(json({ officeId: 'puskesmas-uji', score: 3 }, key))).status).toBe(201);
    const again = await same(json({ officeId: 'puskesmas-uji', score: 3 }, key));
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect((await same(json({ officeId: 'disdukcapil-uji', score: 3 }, key))).status).toBe(422);
    expect((await same(json({ officeId: 'disdukcapil-uji', score: 3 }, { 'Idempotency-Key': 'short' }))).status).toBe(400);
    expect((await same(json({ officeId: 'kantor-tidak-ada', score: 3 }))).status).toBe(404);
    expect((await same(json({ officeId: 'disdukcapil-uji', serviceId: 'rawat-jalan', score: 3 }))).status).toBe(422);
  });

  it('leave every irregular submission to the ordinary path, which answers it as documented', async () => {
    answeredHot.length = 0;
    expect((await same(json({ officeId: 'disdukcapil-uji', score: 5 }))).status).toBe(422);
    expect((await same(json('{"officeId": "disdukcapil-uji", '))).status).toBe(400);
    expect((await same({ ...json(''), body: new Uint8Array([0x7b, 0x22, 0xff, 0x22, 0x7d]) })).status).toBe(400);
    expect((await same({ ...json({ officeId: 'disdukcapil-uji', score: 3 }), headers: { 'Content-Type': 'text/plain' } })).status).toBeGreaterThanOrEqual(400);
    expect((await same(json({ officeId: 'disdukcapil-uji', score: 3, comment: 'x'.repeat(2000) }))).status).toBe(413);
    expect((await same(json({ officeId: 'puskesmas-uji', score: 3 }, { Origin: 'https://penipu.example' }))).status).toBe(403);
    expect(answeredHot).toEqual([]);
    expect((await same(json({ officeId: 'puskesmas-uji', score: 3 }, { Origin: AGENCY }))).status).toBe(201);
    expect((await same(json({ officeId: 'disdukcapil-uji', score: 3 }, { Origin: ORIGIN }))).status).toBe(201);
    expect((await same({ method: 'OPTIONS', path: '/api/v1/ratings', headers: { Origin: AGENCY, 'Access-Control-Request-Method': 'POST' } })).status).toBe(204);
  });

  it('count against the same per-client limit, and leave the refusal (429) to the ordinary path', async () => {
    let last = 0;
    for (let i = 0; i < 20 && last !== 429; i++) last = (await same(json({ officeId: 'disdukcapil-uji', score: 1 }))).status;
    expect(last).toBe(429);
  });

  it("serve an office's figures with the same bytes, gzipped when asked, and 304 for the version the client holds", async () => {
    const path = '/api/v1/offices/disdukcapil-uji/stats';
    answeredHot.length = 0;
    const figures = await same({ path });
    expect(figures.status).toBe(200);
    expect(figures.headers.etag).toMatch(/^W\/"/);
    expect((await same({ path, headers: { 'Accept-Encoding': 'gzip' } })).headers['content-encoding']).toBe('gzip');
    const unchanged = await same({ path, headers: { 'If-None-Match': figures.headers.etag! } });
    expect(unchanged.status).toBe(304);
    expect(unchanged.body).toBe('');
    expect(answeredHot).toEqual(['/api/v1/offices/:officeId/stats 200', '/api/v1/offices/:officeId/stats 200', '/api/v1/offices/:officeId/stats 304']);
    expect((await same({ path: '/api/v1/offices/kantor-tidak-ada/stats' })).status).toBe(404);
    expect((await same({ path: '/api/v1/offices/Bad_Id/stats' })).status).toBe(422);
    expect((await same({ path: `${path}?from=2026-01-01&to=2026-06-30` })).status).toBe(200);
  });
});
