// A restart from the views snapshot answers every public read as a restart that replays the
// whole log does, and keeps answering repeated submissions with their first answer.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp, type SuaraApp } from '../../server/app.ts';
import { manualClock } from '../../server/clock.ts';
import { createLogger } from '../../server/observability/logger.ts';
import { fileSnapshotStore } from '../../server/snapshot/file.ts';
import type { SnapshotStore } from '../../server/snapshot/types.ts';
import type { Store } from '../../server/store/types.ts';
import { NOW, testCatalog } from './fixtures.ts';
import { testStore, withSharedState } from './support/test-store.ts';

const logged: string[] = [];
const config = { bodyLimitBytes: 16 * 1024, log: () => {}, serverKey: Buffer.alloc(32, 9), logger: createLogger('info', { write: (line: string) => void logged.push(line) }) };
const clock = manualClock(NOW);
const key = (kind: string, n: number) => `${kind}-key-${String(n).padStart(8, '0')}`;
const complaint = (n: number) => ({ officeId: n % 2 ? 'disdukcapil-uji' : 'puskesmas-uji', category: 'petugas', description: `Keluhan ${n}, hubungi 081234567890`, visibility: 'public' });

describe('a restart from the views snapshot', () => {
  let dir: string;
  const apps: SuaraApp[] = [];
  afterEach(async () => {
    await Promise.all(apps.splice(0).map((app) => app.snapshots?.close()));
    await rm(dir, { recursive: true, force: true });
  });

  const start = async (store: Store, snapshots?: SnapshotStore) => {
    const app = await createApp({ store, clock, config: { ...config, ...withSharedState(store, config) }, snapshots });
    apps.push(app);
    const post = async (path: string, body: unknown, key?: string) =>
      app.request(path, { method: 'POST', headers: { 'Content-Type': 'application/json', ...(key && { 'Idempotency-Key': key }) }, body: JSON.stringify(body) });
    return { app, post };
  };

  it('answers as a full replay does, and a repeated submission with its first answer', async () => {
    dir = await mkdtemp(join(tmpdir(), 'suara-restart-'));
    const snapshots = fileSnapshotStore(join(dir, 'views.snapshot'), { log: () => {} });
    const store = await testStore(structuredClone(testCatalog));
    const first = await start(store, snapshots);
    const codes: string[] = [];
    const submit = async (n: number) => {
      await first.post('/api/v1/ratings', { officeId: 'disdukcapil-uji', score: (n % 4) + 1, comment: `Komentar ${n}`, channel: 'web' }, key('rating', n));
      const res = await first.post('/api/v1/complaints', complaint(n), key('complaint', n));
      const created = await res.json();
      expect(res.status, JSON.stringify(created)).toBe(201);
      codes.push(created.trackingCode);
      await store.append([{ type: 'complaint.verified', at: NOW, trackingCode: created.trackingCode, actor: 'petugas', message: `Diterima ${n}` }]);
    };
    for (let n = 0; n < 10; n++) await submit(n);
    await store.append([{ type: 'complaint.forwarded', at: NOW, trackingCode: codes[0]!, actor: 'petugas', toOfficeId: 'puskesmas-uji' }]);
    // A burst of ratings, flagged and excluded: both the flag and the exclusion survive the restart.
    await store.append(Array.from({ length: 35 }, (_, i) => ({ type: 'rating.recorded' as const, at: NOW + i, officeId: 'puskesmas-uji', score: 1 as const, channel: 'web' as const })));
    await store.append([{ type: 'ratings.excluded', at: NOW + 60_000, officeId: 'puskesmas-uji', from: NOW, to: NOW + 3_600_000, scores: [35, 0, 0, 0], actor: 'manajer', reason: 'Isian massal' }]);
    await first.app.snapshots!.write();
    for (let n = 10; n < 15; n++) await submit(n); // the tail after the snapshot

    logged.length = 0;
    const restored = await start(store, snapshots);
    expect(logged.join()).toMatch(/views from snapshot: kejadian 67 \+ 15 sesudahnya/);
    const replayed = await start(store);
    const reads = ['/api/v1/stats?from=2026-01-01&to=2026-12-31', '/api/v1/offices/disdukcapil-uji/stats', '/api/v1/offices/puskesmas-uji/stats', ...codes.map((code) => `/api/v1/complaints/${code}`)];
    for (const path of reads) {
      const [a, b] = await Promise.all([restored.app.request(path), replayed.app.request(path)]);
      expect(a.status, path).toBe(200);
      expect(await a.json(), path).toEqual(await b.json());
    }
    expect((await (await restored.app.request('/api/v1/offices/puskesmas-uji/stats')).json()).excluded.ratings).toBe(35);
    // Keys from before the snapshot and from its tail are both known after the restart.
    for (const n of [3, 12]) {
      const again = await restored.post('/api/v1/complaints', complaint(n), key('complaint', n));
      expect(again.headers.get('Idempotent-Replayed')).toBe('true');
      expect((await again.json()).trackingCode).toBe(codes[n]);
    }
  });
});
