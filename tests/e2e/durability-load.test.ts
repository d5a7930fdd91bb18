import { afterAll, describe, expect, it } from 'vitest';
import { openSegmentLogStore } from '../../server/store/segment-log/index.ts';
import type { StoredEvent } from '../../server/store/types.ts';
import { removeDataDir, startServer, type RunningServer } from './support/server.ts';

// Durability under load: the real server, many concurrent rating POSTs, SIGKILL in the
// middle of them, a restart on the same data — three times in a row. Every rating answered 201 must
// be there, and every published figure must equal a count made afresh from the stored events.

const WORKERS = 16;
// Kill once this many ratings were answered (not after a fixed time: a busy machine answers fewer per second).
const ACKNOWLEDGED_BEFORE_KILL = 60;
const ROUNDS = 3;
// SUARA_BENCH=1: the load comes from one address, so the per-client POST limits must not bite.
const env = { SUARA_BENCH: '1' };

type Office = { id: string };
type LeagueRow = { officeId: string; satisfaction: { responses: number; distribution: number[] }; complaints: { received: number } };
type League = { region: { satisfaction: { responses: number }; complaintsReceived: number }; offices: LeagueRow[] };

const servers: RunningServer[] = [];
afterAll(async () => {
  for (const server of servers) await server.kill();
  if (servers[0]) await removeDataDir(servers[0].dataDir);
});

async function start(dataDir?: string): Promise<RunningServer> {
  const server = await startServer({ dataDir, env });
  servers.push(server);
  return server;
}

/** POSTs ratings from WORKERS loops until `stop()`; returns the comments of those answered 201 and of all sent. */
function loadRatings(origin: string, offices: Office[], round: number) {
  const sent = new Set<string>();
  const acknowledged = new Set<string>();
  let running = true;
  let reached: () => void = () => {};
  const enoughAcknowledged = new Promise<void>((resolve) => (reached = resolve));
  const worker = async (w: number) => {
    for (let i = 0; running; i++) {
      const marker = `beban-${round}-${w}-${i}`;
      sent.add(marker);
      const body = { officeId: offices[(w * 7 + i) % offices.length]!.id, score: ((w + i) % 4) + 1, channel: 'web', comment: marker };
      const res = await fetch(`${origin}/api/v1/ratings`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }).catch(() => undefined);
      if (!res) return; // the server is gone
      if (res.status === 201) {
        acknowledged.add(marker);
        if (acknowledged.size >= ACKNOWLEDGED_BEFORE_KILL) reached();
      } else throw new Error(`POST answered ${res.status}: ${await res.text()}`);
    }
  };
  const done = Promise.all(Array.from({ length: WORKERS }, (_, w) => worker(w)));
  return { sent, acknowledged, enoughAcknowledged, finished: done, stop: () => ((running = false), done) };
}

/** What the log says, counted here without the server: ratings per office and score, complaints per office. */
async function recount(dataDir: string) {
  const store = await openSegmentLogStore({ dir: dataDir });
  try {
    const ratings = new Map<string, number[]>();
    const complaints = new Map<string, number>();
    const comments = new Set<string>();
    const unsubscribe = await store.subscribe((event: StoredEvent) => {
      if (event.type === 'rating.recorded') {
        const counts = ratings.get(event.officeId) ?? [0, 0, 0, 0];
        counts[event.score - 1]!++;
        ratings.set(event.officeId, counts);
        if (event.comment) comments.add(event.comment);
      } else if (event.type === 'complaint.submitted') {
        complaints.set(event.officeId, (complaints.get(event.officeId) ?? 0) + 1);
      }
    });
    unsubscribe();
    return { ratings, complaints, comments, verified: await store.verify() };
  } finally {
    await store.close();
  }
}

/** A period holding every stored event: the last five years up to tomorrow (UTC, so past any office's today). */
function wholePeriod(): string {
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  return `from=${day(-1800)}&to=${day(1)}`;
}

describe('durability of the real server under load', () => {
  it(`keeps every acknowledged rating through ${ROUNDS} SIGKILLs during concurrent POSTs, and its figures equal a recount`, { timeout: 180_000 }, async () => {
    let server = await start();
    const dataDir = server.dataDir;
    const { offices } = (await (await fetch(`${server.origin}/api/v1/offices`)).json()) as { offices: Office[] };
    const everAcknowledged = new Set<string>();
    const everSent = new Set<string>();

    for (let round = 1; round <= ROUNDS; round++) {
      const load = loadRatings(server.origin, offices, round);
      await Promise.race([load.enoughAcknowledged, load.finished]); // a worker that fails ends the wait with its error
      await server.kill(); // mid-load: requests are in flight, a batch may be half written
      await load.stop();
      expect(load.acknowledged.size, `round ${round}: the load got answers before the kill`).toBeGreaterThan(20);
      load.acknowledged.forEach((marker) => everAcknowledged.add(marker));
      load.sent.forEach((marker) => everSent.add(marker));

      server = await start(dataDir);
      const league = (await (await fetch(`${server.origin}/api/v1/stats?${wholePeriod()}`)).json()) as League;
      await server.stop(); // quiet, so the recount reads what the server had

      const log = await recount(dataDir);
      expect(log.verified.ok, `round ${round}: the hash chain is intact`).toBe(true);
      const lost = [...everAcknowledged].filter((marker) => !log.comments.has(marker));
      expect(lost, `round ${round}: acknowledged ratings missing after the restart`).toEqual([]);
      const invented = [...log.comments].filter((c) => c.startsWith('beban-') && !everSent.has(c));
      expect(invented).toEqual([]);

      for (const row of league.offices) {
        expect(row.satisfaction.distribution, `${row.officeId} ratings by score`).toEqual(log.ratings.get(row.officeId) ?? [0, 0, 0, 0]);
        expect(row.complaints.received, `${row.officeId} complaints`).toBe(log.complaints.get(row.officeId) ?? 0);
      }
      const totalRatings = [...log.ratings.values()].flat().reduce((a, b) => a + b, 0);
      expect(league.region.satisfaction.responses).toBe(totalRatings);
      expect(league.offices.map((o) => o.officeId).sort()).toEqual(offices.map((o) => o.id).sort());

      if (round < ROUNDS) server = await start(dataDir);
    }
  });
});
