// A backup taken from a running server while it takes writes restores into a new DATA_DIR whose server
// publishes exactly the figures the original published at the backup's head, with an unbroken chain.
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp, type SuaraApp } from '../../server/app.ts';
import { manualClock } from '../../server/clock.ts';
import { loadDemoData } from '../../server/demo/index.ts';
import { loadServerKey } from '../../server/idempotency/server-key.ts';
import { backupStore } from '../../server/store/segment-log/backup.ts';
import { openSegmentLogStore, type SegmentLogStore } from '../../server/store/segment-log/index.ts';
import { listSegments } from '../../server/store/segment-log/segments.ts';
import { RestoreRefused, restoreBackup } from '../../server/store/segment-log/restore.ts';
import { verifySegments } from '../../server/store/segment-log/verify-chain.ts';

/** Wednesday 2026-11-25 10:00 in Jakarta. */
const NOW = Date.parse('2026-11-25T03:00:00Z');
const TOKEN = 'test-cli-token-0123456789';
const bearer = { authorization: `Bearer ${TOKEN}` };

describe('backup and restore', () => {
  const dirs: string[] = [];
  const open: { app: SuaraApp; store: SegmentLogStore }[] = [];
  afterEach(async () => {
    for (const { app, store } of open.splice(0)) {
      app.context.views.stop();
      await store.close();
    }
    await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
  });
  const tempDir = async () => {
    const dir = await mkdtemp(join(tmpdir(), 'suara-backup-'));
    dirs.push(dir);
    return dir;
  };
  const start = async (dir: string) => {
    // Small segments, so the backup holds sealed ones and cuts the one being written.
    const store = await openSegmentLogStore({ dir, segmentSize: 2_000, command: 'backup test', log: () => {} });
    const app = await createApp({
      store,
      clock: manualClock(NOW),
      config: { bodyLimitBytes: 16 * 1024, log: () => {}, serverKey: await loadServerKey(dir), adminCli: { token: TOKEN, backup: () => backupStore({ dir, store, now: NOW }) } }
    });
    open.push({ app, store });
    return { app, store };
  };

  /** Every figure the site publishes, by path. */
  async function publishedFigures(app: SuaraApp, trackingCodes: readonly string[]): Promise<Record<string, unknown>> {
    const offices = (await (await app.request('/api/v1/offices')).json()) as { offices?: { id: string }[] } | { id: string }[] as unknown;
    const ids = (Array.isArray(offices) ? offices : (offices as { offices: { id: string }[] }).offices).map((office) => office.id);
    const paths = [
      '/api/v1/site',
      '/api/v1/offices',
      '/api/v1/stats',
      '/api/v1/stats?from=2026-01-01&to=2026-12-31',
      '/api/v1/ikm',
      ...ids.flatMap((id) => [`/api/v1/offices/${id}/stats`, `/api/v1/offices/${id}/ikm`, `/api/v1/offices/${id}/ikm/tallies.csv`]),
      ...trackingCodes.map((code) => `/api/v1/complaints/${code}`)
    ];
    const figures: Record<string, unknown> = {};
    for (const path of paths) {
      const res = await app.request(path);
      expect(res.status, path).toBe(200);
      figures[path] = res.headers.get('content-type')?.includes('json') ? await res.json() : await res.text();
    }
    return figures;
  }

  it('backs up while writes go on, restores, and publishes the same figures at the backup head', { timeout: 180_000 }, async () => {
    const original = await start(await tempDir());
    await loadDemoData(original.store, NOW);
    // A complaint with a photo: its file is in DATA_DIR/attachments, and comes back with the restore.
    const photo = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#36c' } })
      .png()
      .toBuffer();
    const form = new FormData();
    for (const [name, value] of Object.entries({ officeId: 'disdukcapil-sukamaju', category: 'fasilitas', description: 'Kursi ruang tunggu rusak, lihat foto.' })) form.set(name, value);
    form.append('files', new Blob([new Uint8Array(photo)]), 'kursi.png');
    const withPhoto = await original.app.request('/api/v1/complaints', { method: 'POST', body: form });
    expect(withPhoto.status).toBe(201);
    const photoCode = ((await withPhoto.json()) as { trackingCode: string }).trackingCode;
    const [attached] = original.app.context.views.attachments.of(photoCode);
    const storedPhoto = await original.store.files!.get(attached!.file);
    const post = (path: string, body: unknown) => original.app.request(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    let writing = true;
    let paused: Promise<void> | undefined;
    let holding: (() => void) | undefined;
    let written = 0;
    const filed: string[] = [];
    const writer = (async () => {
      for (let n = 0; writing; n++) {
        if (paused) holding?.();
        await paused;
        const res =
          n % 3 === 2
            ? await post('/api/v1/complaints', { officeId: 'disdukcapil-sukamaju', category: 'petugas', description: `Keluhan saat cadangan ${n}`, visibility: 'public' })
            : await post('/api/v1/ratings', { officeId: n % 2 ? 'disdukcapil-sukamaju' : 'rsud-sukamaju', score: (n % 4) + 1, channel: 'web' });
        expect(res.status).toBe(201);
        if (n % 3 === 2) filed.push(((await res.json()) as { trackingCode: string }).trackingCode);
        written++;
      }
    })();
    while (written < 20) await new Promise((resolve) => setTimeout(resolve, 5));

    expect((await original.app.request('/api/v1/admin/backup')).status).toBe(401);
    expect((await original.app.request('/api/v1/admin/backup', { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);

    // A quiet moment to read the original's figures at exactly the head the backup starts from…
    let resume!: () => void;
    const held = new Promise<void>((resolve) => (holding = resolve));
    paused = new Promise((resolve) => (resume = resolve));
    await held; // the writer has finished its last write and waits
    const res = await original.app.request('/api/v1/admin/backup', { headers: bearer });
    expect(res.status).toBe(200);
    const [seq, hash] = res.headers.get('suara-backup-head')!.split(' ');
    expect(Number(seq)).toBe(original.store.head().seq);
    const filedBefore = [...filed];
    const before = await publishedFigures(original.app, filedBefore);
    // …then the writes go on while the archive streams.
    resume();
    paused = undefined;
    const chunks: Buffer[] = [];
    for await (const chunk of res.body!) {
      chunks.push(Buffer.from(chunk));
      await new Promise((resolve) => setImmediate(resolve));
    }
    const afterBackup = written;
    while (written < afterBackup + 10) await new Promise((resolve) => setTimeout(resolve, 5));
    writing = false;
    await writer;
    expect(original.store.head().seq).toBeGreaterThan(Number(seq));

    const restoredDir = join(await tempDir(), 'data');
    const restored = await restoreBackup(Readable.from(Buffer.concat(chunks)), restoredDir);
    expect(restored.head).toEqual({ seq: Number(seq), hash });
    expect((await readdir(restoredDir)).sort()).toEqual(['attachments', 'catalog.json', 'events', 'server.key', 'staff.json']);
    const segments = await listSegments(join(restoredDir, 'events'));
    expect(segments.length).toBeGreaterThan(1);
    expect(await verifySegments(segments)).toMatchObject({ ok: true, events: Number(seq), head: { seq: Number(seq), hash } });

    const copy = await start(restoredDir);
    expect(copy.store.head()).toEqual({ seq: Number(seq), hash });
    expect(await copy.store.verify()).toEqual({ ok: true, events: Number(seq) });
    expect(filedBefore.length).toBeGreaterThan(0);
    expect(await publishedFigures(copy.app, filedBefore)).toEqual(before);
    expect(copy.app.context.views.attachments.of(photoCode)).toEqual(original.app.context.views.attachments.of(photoCode));
    expect(await copy.store.files!.get(attached!.file)).toEqual(storedPhoto);
    // What was filed after the backup's head is not in it.
    expect((await copy.app.request(`/api/v1/complaints/${filed.at(-1)}`)).status).toBe(404);
  });

  it('refuses a DATA_DIR that is not empty, and an archive that is not a backup, leaving nothing behind', { timeout: 120_000 }, async () => {
    const source = await start(await tempDir());
    await loadDemoData(source.store, NOW);
    const archive = Buffer.concat(await Readable.from(backupStore({ dir: dirs[0]!, store: source.store }).archive).toArray());

    const full = await tempDir();
    await writeFile(join(full, 'catalog.json'), '{}');
    await expect(restoreBackup(Readable.from(archive), full)).rejects.toThrow(/tidak kosong \/ is not empty/);

    const cut = join(await tempDir(), 'data');
    await expect(restoreBackup(Readable.from(archive.subarray(0, archive.length - 4096)), cut)).rejects.toThrow();
    expect(await readdir(cut)).toEqual([]);
    await expect(restoreBackup(Readable.from(Buffer.alloc(1024)), cut)).rejects.toBeInstanceOf(RestoreRefused);
    expect(await readdir(cut)).toEqual([]);
  });
});
