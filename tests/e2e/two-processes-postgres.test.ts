// Two app processes on one PostgreSQL database (docs/scaling.md): the real built server twice, each with its
// own DATA_DIR and port, on a throwaway cluster. Ratings and complaint actions go alternately to both; both
// publish the same figures; a tracking page's live updates on one follow a staff action taken on the other;
// and a process killed under load loses nothing it acknowledged. Needs `npm run build` first.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPostgresCluster, type PostgresCluster } from '../support/postgres-cluster.ts';
import { removeDataDir, startServer, type RunningServer } from './support/server.ts';

const OFFICE = 'disdukcapil-sukamaju';
const OFFICER = { email: 'petugas.dukcapil@sukamaju.example', password: 'petugas-dukcapil-2026' };

let cluster: PostgresCluster;
let databaseUrl: string;
const servers: RunningServer[] = [];
let a: RunningServer;
let b: RunningServer;

/** A server on the shared database; the load mode lifts the per-client limits (all requests come from 127.0.0.1). */
async function start(dataDir?: string): Promise<RunningServer> {
  const server = await startServer({ ...(dataDir && { dataDir }), env: { DATABASE_URL: databaseUrl, SUARA_BENCH: '1', LOG_LEVEL: 'warn' } });
  servers.push(server);
  return server;
}

beforeAll(async () => {
  cluster = await startPostgresCluster();
  databaseUrl = await cluster.createDatabase();
  // One after the other: the first loads the demo data, the second finds it there.
  a = await start();
  b = await start();
}, 240_000);

afterAll(async () => {
  for (const server of servers) await server.stop();
  for (const dir of new Set(servers.map((server) => server.dataDir))) await removeDataDir(dir);
  await cluster?.stop();
});

const json = (body: unknown, headers: Record<string, string> = {}) => ({ method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

async function rate(server: RunningServer, score: number): Promise<number> {
  const res = await fetch(`${server.origin}/api/v1/ratings`, json({ officeId: OFFICE, score, channel: 'web' }));
  return res.status;
}

async function stats(server: RunningServer): Promise<{ satisfaction: { responses: number } } & Record<string, unknown>> {
  return (await fetch(`${server.origin}/api/v1/offices/${OFFICE}/stats`)).json();
}

/** Staff of each process log in there (the session is the process's own until sessions are shared). */
async function staffOn(server: RunningServer): Promise<(code: string, body: unknown) => Promise<number>> {
  const login = await fetch(`${server.origin}/api/v1/console/session`, json(OFFICER, { 'x-suara-console': '1', origin: server.origin }));
  expect(login.status).toBe(200);
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  return async (code, body) => (await fetch(`${server.origin}/api/v1/console/complaints/${code}/actions`, json(body, { cookie, 'x-suara-console': '1', origin: server.origin }))).status;
}

/** Polls `read` until it gives `expected` (the other process follows the table: LISTEN wakes it, a poll each second backs it). */
async function eventually<T>(read: () => Promise<T>, expected: T, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last = await read();
  while (JSON.stringify(last) !== JSON.stringify(expected) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    last = await read();
  }
  return last;
}

/** The public complaint as each `complaint` event of its live stream brings it, on `server`. */
function follow(server: RunningServer, code: string) {
  const seen: { status: string; at: number }[] = [];
  const controller = new AbortController();
  const done = (async () => {
    const res = await fetch(`${server.origin}/api/v1/complaints/${code}/events`, { signal: controller.signal });
    const decoder = new TextDecoder();
    let buffer = '';
    for await (const chunk of res.body!) {
      buffer += decoder.decode(chunk as Uint8Array, { stream: true });
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = block
          .split('\n')
          .filter((line) => line.startsWith('data:'))
          .map((line) => line.slice(5).trim())
          .join('\n');
        if (data) seen.push({ status: (JSON.parse(data) as { status: string }).status, at: performance.now() });
      }
    }
  })().catch(() => {});
  return { seen, stop: () => (controller.abort(), done) };
}

describe('two processes on one PostgreSQL database', () => {
  it('take ratings alternately and both publish the same figures', async () => {
    const before = (await stats(a)).satisfaction.responses;
    for (let i = 0; i < 20; i++) expect(await rate(i % 2 === 0 ? a : b, 1 + (i % 4))).toBe(201);
    const expected = before + 20;
    expect((await eventually(async () => (await stats(a)).satisfaction.responses, expected)) as number).toBe(expected);
    expect((await eventually(async () => (await stats(b)).satisfaction.responses, expected)) as number).toBe(expected);
    expect(await eventually(() => stats(b), await stats(a))).toEqual(await stats(a));
  });

  it("take a complaint's actions alternately, and a tracking page on B follows a staff action on A within a second", async () => {
    const filed = await fetch(
      `${b.origin}/api/v1/complaints`,
      json({ officeId: OFFICE, category: 'pelayanan_lambat', description: 'Antrean KTP-el panjang dan loket kedua tidak dibuka.', visibility: 'public' })
    );
    expect(filed.status).toBe(201);
    const { trackingCode } = (await filed.json()) as { trackingCode: string };
    const [onA, onB] = [await staffOn(a), await staffOn(b)];
    const status = (server: RunningServer) => async () => ((await (await fetch(`${server.origin}/api/v1/complaints/${trackingCode}`)).json()) as { status: string }).status;
    // A must know the complaint before its staff act on it.
    expect(await eventually(status(a), 'submitted')).toBe('submitted');

    const live = follow(b, trackingCode);
    expect(await eventually(async () => live.seen.at(-1)?.status, 'submitted')).toBe('submitted');
    const sent = performance.now();
    expect(await onA(trackingCode, { action: 'verify' })).toBe(200);
    expect(await eventually(async () => live.seen.at(-1)?.status, 'verified')).toBe('verified');
    const followedMs = live.seen.at(-1)!.at - sent;
    console.log(`tracking page on B saw A's action after ${Math.round(followedMs)} ms`);
    expect(followedMs).toBeLessThan(1_000);

    expect(await eventually(status(b), 'verified')).toBe('verified');
    expect(await onB(trackingCode, { action: 'start', message: 'Sedang kami tangani.' })).toBe(200);
    expect(await eventually(status(a), 'in_progress')).toBe('in_progress');
    expect(await onA(trackingCode, { action: 'resolve', message: 'Loket kedua kini dibuka setiap pagi.' })).toBe(200);
    expect(await eventually(async () => live.seen.at(-1)?.status, 'resolved')).toBe('resolved');
    await live.stop();
    expect(await eventually(() => stats(b), await stats(a))).toEqual(await stats(a));
  });

  it('lose nothing acknowledged when one is killed under load', async () => {
    const before = (await stats(b)).satisfaction.responses;
    let acknowledged = 0;
    let killed = false;
    const load = async (server: RunningServer) => {
      for (let i = 0; !(server === a && killed) && i < 400; i++) {
        const status = await rate(server, 1 + (i % 4)).catch(() => 0);
        if (status === 201) acknowledged++;
      }
    };
    const running = [load(a), load(a), load(a), load(b)];
    // Kill A while its three clients are posting.
    for (let waited = 0; acknowledged < 60 && waited < 3_000; waited++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(acknowledged).toBeGreaterThanOrEqual(60);
    await a.kill();
    killed = true;
    await Promise.all(running);
    const expected = before + acknowledged;
    const onB = (await eventually(async () => (await stats(b)).satisfaction.responses, expected)) as number;
    // A rating committed but not yet answered when A died counts too: at least every acknowledged one.
    expect(onB).toBeGreaterThanOrEqual(expected);
    console.log(`killed A under load: ${acknowledged} ratings acknowledged by A and B, ${onB - before} stored`);

    a = await start(a.dataDir);
    expect(await eventually(async () => (await stats(a)).satisfaction.responses, onB)).toBe(onB);
    expect(await eventually(() => stats(a), await stats(b))).toEqual(await stats(b));
  });
});
