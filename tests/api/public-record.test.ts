// docs/public-record.md: the chain's public endpoints, the verifier over them, daily signed heads, and erasure,
// on either engine (the key's file and the backup: ./public-record-files.test.ts).
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyPublicRecord } from '../../scripts/verify-public.ts';
import { createApp, type SuaraApp } from '../../server/app.ts';
import { manualClock } from '../../server/clock.ts';
import { DAILY_HEADS_FILE, loadChainKey } from '../../server/public-record/index.ts';
import { fileDailyHeads } from '../../server/public-record/daily-heads.ts';
import type { PostgresStore } from '../../server/store/postgres/index.ts';
import type { SegmentLogStore } from '../../server/store/segment-log/index.ts';
import { MAX_EVENTS_PER_REQUEST } from '../../server/routes/chain.ts';
import { NOW, testCatalog } from './fixtures.ts';
import { someEvents as fixtureEvents, TOKEN } from './public-record-fixtures.ts';
import { diskTestStore, sharedStateOf, TEST_ENGINE, withSharedState } from './support/test-store.ts';

describe('the public record', () => {
  let dir: string;
  // The segment log on the memory run (erasure rewrites its files), the test's database on PostgreSQL.
  let store: SegmentLogStore | PostgresStore;
  let app: SuaraApp;
  let clock: ReturnType<typeof manualClock>;
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    app.request(path, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });
  // The verifier, talking to the app in-process instead of over the network.
  const fetchApp = async (url: string) => app.request(url.replace('http://suara.test', ''));

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'suara-public-record-'));
    store = (await diskTestStore(structuredClone(testCatalog), dir)) as SegmentLogStore | PostgresStore;
    clock = manualClock(NOW);
    // Where boot takes the key and the heads from: DATA_DIR's files, or the database every process shares.
    const shared = sharedStateOf(store);
    const publicRecord = shared ? { key: shared.chainKey, heads: shared.dailyHeads } : { key: await loadChainKey(dir), headsFile: join(dir, DAILY_HEADS_FILE) };
    app = await createApp({ store, clock, config: { bodyLimitBytes: 16 * 1024, ...withSharedState(store, { log: () => {}, adminCli: { token: TOKEN }, publicRecord }) } });
  });
  afterEach(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  const someEvents = () => fixtureEvents(post);

  it('streams public forms after a seq, within a limit, with the head and the next page', async () => {
    await someEvents();
    const page = await app.request('/api/v1/chain/events?after=1&limit=2');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/application\/x-ndjson/);
    expect(page.headers.get('suara-chain-head')).toBe(`5 ${store.head().hash}`);
    expect(page.headers.get('link')).toBe('</api/v1/chain/events?after=3&limit=2>; rel="next"');
    const lines = (await page.text()).trim().split('\n');
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(JSON.parse(line)).toMatchObject({ t: 'r', z: expect.any(String) });
    const all = await (await app.request('/api/v1/chain/events')).text();
    expect(all).not.toMatch(/081377712345|Siti|nilai|Akta/);
    expect((await app.request('/api/v1/chain/events?after=5')).headers.get('link')).toBeNull();
    for (const bad of ['after=-1', 'after=x', `limit=${MAX_EVENTS_PER_REQUEST + 1}`, 'limit=0']) {
      const answer = await app.request(`/api/v1/chain/events?${bad}`);
      expect(answer.status, bad).toBe(422);
      expect(answer.headers.get('content-type')).toMatch(/problem\+json/);
    }
  });

  it('records one signed head a day from 00:00 WIB, which the verifier checks', async () => {
    await someEvents();
    const first = await app.publicRecord.daily.recordIfDue(store.head(), clock.now());
    expect(first).toMatchObject({ seq: 5 });
    expect(await app.publicRecord.daily.recordIfDue(store.head(), clock.now() + 3_600_000)).toBeUndefined(); // same WIB day
    await post('/api/v1/ratings', { officeId: 'disdukcapil-uji', score: 4, channel: 'qr' });
    // 2026-11-25 10:00 WIB → 2026-11-26 00:00 WIB is 14 hours on.
    expect(await app.publicRecord.daily.recordIfDue(store.head(), NOW + 14 * 3_600_000 - 1)).toBeUndefined();
    expect(await app.publicRecord.daily.recordIfDue(store.head(), NOW + 14 * 3_600_000)).toMatchObject({ seq: 6 });
    const history = (await (await app.request('/api/v1/chain/heads')).json()) as { heads: { seq: number }[]; publicKey: string };
    expect(history.heads.map((head) => head.seq)).toEqual([5, 6]);
    // Kept where the next start reads them: DATA_DIR's file, or the database.
    const book = sharedStateOf(store)?.dailyHeads ?? fileDailyHeads(join(dir, DAILY_HEADS_FILE));
    expect((await book.list()).map((head) => head.seq)).toEqual([5, 6]);
    const result = await verifyPublicRecord('http://suara.test', { fetch: fetchApp, expectedKey: history.publicKey });
    expect(result).toMatchObject({ ok: true, events: 6, dailyHeads: 2 });
    expect(await verifyPublicRecord('http://suara.test', { fetch: fetchApp, expectedKey: 'another-key' })).toMatchObject({ ok: false });
  });

  it('erases a complaint’s personal data through the admin CLI route: audited, gone from disk and views, and the chain still verifies', async () => {
    const code = await someEvents();
    const forms = await (await app.request('/api/v1/chain/events')).text();
    const erase = () => app.request(`/api/v1/admin/complaints/${code}/erase`, { method: 'POST', headers: { Authorization: `Bearer ${TOKEN}` } });
    expect((await app.request(`/api/v1/admin/complaints/${code}/erase`, { method: 'POST' })).status).toBe(401);
    const answer = await erase();
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ trackingCode: code, erased: [4, 5], filesRemoved: 0 });
    const stored: string[] = [];
    await store.readLines!({ after: 0, upTo: store.head().seq }, (line) => void stored.push(line));
    expect(stored).toHaveLength(6);
    expect(stored.join('\n')).not.toMatch(/081377712345|Siti|siti\.rahayu|Akta belum/);
    if (TEST_ENGINE === 'memory') {
      // The segment files themselves, not only what the store reads back.
      const segments = await readdir(join(dir, 'events'));
      const onDisk = (await Promise.all(segments.filter((name) => name.endsWith('.jsonl')).map((name) => readFile(join(dir, 'events', name), 'utf8')))).join('');
      expect(onDisk).not.toMatch(/081377712345|Siti|siti\.rahayu|Akta belum/);
    }
    expect(app.context.views.complaints.get(code)).toMatchObject({ description: '', contact: undefined });
    expect(store.catalog.get().audit?.at(-1)).toMatchObject({ staffId: 'cli', kind: 'complaint', objectId: code, action: 'erase' });
    // The public forms of the erased events are unchanged, and the whole record verifies.
    expect((await (await app.request('/api/v1/chain/events')).text()).startsWith(forms)).toBe(true);
    expect(await store.verify()).toMatchObject({ ok: true, events: 6 });
    expect(await store.verifyInBackground()).toMatchObject({ ok: true });
    expect(await verifyPublicRecord('http://suara.test', { fetch: fetchApp })).toMatchObject({ ok: true, events: 6 });
    expect((await app.request(`/api/v1/admin/complaints/SL-0000-0000-00/erase`, { method: 'POST', headers: { Authorization: `Bearer ${TOKEN}` } })).status).toBe(404);
  });
});
