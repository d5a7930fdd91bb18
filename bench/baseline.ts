// The yardstick of `npm run bench`: the least a Hono server on @hono/node-server can honestly do for the same
// requests. POST: parse the JSON, validate it with the real rating schema, keep it in memory, answer 201 with an
// id. GET: a constant, and (given BASELINE_JSON, a file) those exact bytes, gzipped once, as a big static answer.
// What it leaves out of a rating, and what that costs the real server per request, is in docs/bench.md: the
// write and fdatasync (shared by a group), the hash chain, the per-client limit, the idempotency check, the
// views. It is compiled like the server (bench/processes.ts), so neither runs through a TypeScript loader.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { RatingInput } from '../shared/schemas/index.ts';

const port = Number(process.env.PORT ?? 3100);
const ratings: RatingInput[] = [];
const app = new Hono();

app.post('/api/v1/ratings', async (c) => {
  const body: unknown = await c.req.json().catch(() => undefined);
  const parsed = RatingInput.safeParse(body);
  if (!parsed.success) return c.json({ title: 'Unprocessable Content', status: 422 }, 422);
  ratings.push(parsed.data);
  return c.json({ id: `r${ratings.length}` }, 201);
});
app.get('/hello', (c) => c.json({ hello: 'world' }));

const big = process.env.BASELINE_JSON ? new Uint8Array(readFileSync(process.env.BASELINE_JSON)) : new Uint8Array(0);
const bigGzip = new Uint8Array(gzipSync(big));
app.get('/static-json', (c) =>
  /\bgzip\b/.test(c.req.header('Accept-Encoding') ?? '')
    ? c.body(bigGzip, 200, { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' })
    : c.body(big, 200, { 'Content-Type': 'application/json', Vary: 'Accept-Encoding' })
);

serve({ fetch: app.fetch, port, hostname: '127.0.0.1' }, () => console.log(`baseline on ${port}`));
process.on('SIGTERM', () => process.exit(0));
