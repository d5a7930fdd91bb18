import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, open, readFile, rm, stat, writeFile, type FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../server/app.ts';
import { manualClock } from '../../server/clock.ts';
import { openSegmentLogStore, type SegmentLogStore } from '../../server/store/segment-log/index.ts';
import { NOW, testCatalog } from '../api/fixtures.ts';

// A full disk (docs/operations.md, "Storage integrity"): a failed write answers 503 with Retry-After,
// leaves no half line, shows in health, and writes recover by themselves when space returns.

const run = promisify(execFile);
const OFFICE = 'disdukcapil-uji';

function enospc(): NodeJS.ErrnoException {
  return Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28, syscall: 'write' });
}

/** The FileHandle prototype, whose write and datasync the simulated disk replaces. */
async function fileHandlePrototype(dir: string): Promise<FileHandle> {
  const probe = await open(join(dir, 'probe'), 'w');
  await probe.close();
  await rm(join(dir, 'probe'));
  return Object.getPrototypeOf(probe) as FileHandle;
}

describe('a full disk', () => {
  let dir: string;
  let store: SegmentLogStore | undefined;
  let app: Awaited<ReturnType<typeof createApp>> | undefined;
  let logged: string[];
  const segment = () => join(dir, 'events', '000000000001.jsonl');

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'suara-full-'));
    logged = [];
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    app?.context.views.stop();
    await store?.close();
    store = app = undefined;
    await run('umount', ['-l', dir]).catch(() => {});
    await rm(dir, { recursive: true, force: true });
  });

  async function start(dataDir = dir) {
    store = await openSegmentLogStore({ dir: dataDir, log: (line) => logged.push(line) });
    if (store.catalog.get().offices.length === 0) await store.catalog.update((draft) => Object.assign(draft, structuredClone(testCatalog)));
    app = await createApp({ store, clock: manualClock(NOW), config: { bodyLimitBytes: 16_384, log: () => {}, rateLimits: { ratings: 10_000 } } });
    return app;
  }
  const post = (comment = 'Cepat dan ramah') =>
    app!.request('/api/v1/ratings', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ officeId: OFFICE, score: 4, channel: 'web', comment }) });
  const health = async () => (await app!.request('/api/v1/health')).json();

  async function expectFailing(response: Response) {
    expect(response.status).toBe(503);
    expect(response.headers.get('Retry-After')).toBe('30');
    expect(response.headers.get('Content-Type')).toBe('application/problem+json');
    expect((await response.json()).detail).toMatch(/disk penuh.*disk is full/);
    expect(await health()).toMatchObject({ status: 'degraded', ready: false, storage: { writable: false, writes: { state: 'failing', error: expect.stringContaining('ENOSPC') } } });
    expect((await app!.request('/api/v1/ready')).status).toBe(503);
  }

  /** After space returns: 201 again without a restart, health ok, and a reopened store holds exactly what was acknowledged. */
  async function expectRecovered(acknowledgedBefore: number) {
    expect((await post('setelah pulih')).status).toBe(201);
    expect(await health()).toMatchObject({ status: 'ok', ready: true, storage: { writes: { state: 'ok' } } });
    expect(logged.join('\n')).toMatch(/STORAGE FAILING: ENOSPC[\s\S]*storage recovered/);
    app!.context.views.stop();
    await store!.close();
    store = await openSegmentLogStore({ dir, log: () => {} });
    expect(await store.verify()).toEqual({ ok: true, events: acknowledgedBefore + 1 });
    app = undefined;
  }

  it('answers 503 with Retry-After on ENOSPC mid-write, leaves no half line, and recovers by itself (simulated disk)', async () => {
    await start();
    expect((await post()).status).toBe(201);
    const committed = await readFile(segment());

    const prototype = await fileHandlePrototype(dir);
    const write = prototype.write as (...args: unknown[]) => Promise<unknown>;
    let full = true;
    // A full disk takes half of the batch, then refuses the rest.
    vi.spyOn(prototype, 'write').mockImplementation(async function (this: FileHandle, ...args: unknown[]) {
      if (!full) return write.apply(this, args);
      const [buffer, offset, length] = args as [Buffer, number, number];
      if (length > 1) return write.call(this, buffer, offset, Math.floor(length / 2));
      throw enospc();
    } as FileHandle['write']);

    const refused = await Promise.all([post('a'), post('b'), post('c')]);
    for (const response of refused) await expectFailing(response);
    expect(await readFile(segment())).toEqual(committed);
    await expectFailing(await post('masih penuh'));
    expect(await readFile(segment())).toEqual(committed);

    full = false;
    await expectRecovered(1);
  });

  it('rolls back a batch whose fsync failed, and answers 503 for it', async () => {
    await start();
    expect((await post()).status).toBe(201);
    const committed = await readFile(segment());
    const prototype = await fileHandlePrototype(dir);
    vi.spyOn(prototype, 'datasync').mockRejectedValueOnce(enospc());
    await expectFailing(await post('tidak tersinkron'));
    expect(await readFile(segment())).toEqual(committed);
    await expectRecovered(1);
  });

  it('answers 503 when the catalog cannot be written, and keeps the catalog as it was', async () => {
    await start();
    const before = store!.catalog.get();
    // lowdb writes a temp file beside the catalog, then renames it: a folder in its place makes the write fail.
    await mkdir(join(dir, '.catalog.json.tmp'));
    await expect(store!.catalog.update((draft) => void draft.holidays.push('2026-12-31'))).rejects.toMatchObject({ status: 503, retryAfterSeconds: 30 });
    expect(store!.catalog.get()).toBe(before);
    await rm(join(dir, '.catalog.json.tmp'), { recursive: true });
    await store!.catalog.update((draft) => void draft.holidays.push('2026-12-31'));
    expect(JSON.parse(await readFile(join(dir, 'catalog.json'), 'utf8')).holidays).toContain('2026-12-31');
  });

  it('on a small tmpfs this test mounts (as root), filled up: 503, no half line, recovery once space is freed', { timeout: 60_000 }, async () => {
    const mounted = await run('mount', ['-t', 'tmpfs', '-o', 'size=1m,mode=0700', 'tmpfs', dir]).then(
      () => true,
      () => false
    );
    if (!mounted) console.log('tmpfs could not be mounted (not root, or no permission): the disk is simulated');
    await start();
    expect((await post()).status).toBe(201);
    const filler = join(dir, 'filler');
    if (mounted) {
      await fill(filler);
    } else {
      const prototype = await fileHandlePrototype(dir);
      const write = prototype.write;
      vi.spyOn(prototype, 'write').mockImplementation(async function (this: FileHandle, ...args: unknown[]) {
        if (vi.isMockFunction(prototype.write) && (await stat(filler).catch(() => undefined))) throw enospc();
        return (write as (...a: unknown[]) => Promise<unknown>).apply(this, args);
      } as FileHandle['write']);
      await writeFile(filler, 'x');
    }
    // The last page of the segment may still hold a few ratings: post until the disk says no.
    let acknowledged = 1;
    let response = await post('x'.repeat(500));
    for (let tries = 0; response.status === 201 && tries < 200; tries++) {
      acknowledged++;
      response = await post('x'.repeat(500));
    }
    await expectFailing(response);
    const bytes = await readFile(segment(), 'utf8');
    expect(bytes.endsWith('\n')).toBe(true);
    expect(bytes.split('\n').length - 1).toBe(acknowledged);

    await rm(filler);
    await expectRecovered(acknowledged);
  });
});

/** Fills the file system holding `path`: big writes, then smaller, until not even a byte fits. */
async function fill(path: string): Promise<void> {
  const handle = await open(path, 'w');
  try {
    for (const size of [65_536, 4096, 1]) {
      const chunk = Buffer.alloc(size, 120);
      for (;;) {
        const written = await handle.write(chunk).then(
          (r) => r.bytesWritten,
          () => 0
        );
        if (written < size) break;
      }
    }
  } finally {
    await handle.close();
  }
}
