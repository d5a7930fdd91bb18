import { chmod, mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fileSnapshotStore } from '../../snapshot/file.ts';
import { loadServerKey } from '../../idempotency/server-key.ts';
import { openSegmentLogStore } from './index.ts';

const mode = async (path: string) => (await stat(path)).mode & 0o777;

describe.skipIf(process.platform === 'win32')('DATA_DIR modes', () => {
  let parent: string;
  beforeEach(async () => {
    parent = await mkdtemp(join(tmpdir(), 'suara-modes-'));
  });
  afterEach(() => rm(parent, { recursive: true, force: true }));

  it('creates DATA_DIR 0700 and every file in it 0600: catalog, segments, snapshot, server key, lock', async () => {
    const dir = join(parent, 'data');
    const store = await openSegmentLogStore({ dir, segmentSize: 2, log: () => {} });
    try {
      await store.catalog.update((draft) => void draft.holidays.push('2026-12-25'));
      await store.append([1, 2, 3].map((n) => ({ type: 'rating.recorded', at: n, officeId: 'kantor', score: 4, channel: 'web' }) as const));
      await fileSnapshotStore(join(dir, 'views.snapshot')).save('key', { head: store.head(), parts: [] });
      await loadServerKey(dir);
      expect(await mode(dir)).toBe(0o700);
      expect(await mode(join(dir, 'events'))).toBe(0o700);
      for (const file of ['catalog.json', 'suara.lock', 'views.snapshot', 'server.key', 'events/000000000001.jsonl', 'events/000000000003.jsonl']) {
        expect(await mode(join(dir, file)), file).toBe(0o600);
      }
    } finally {
      await store.close();
    }
  });

  it('makes what an older version left readable by its owner only, at start', async () => {
    const dir = join(parent, 'old');
    await mkdir(join(dir, 'events'), { recursive: true, mode: 0o755 });
    await chmod(dir, 0o755);
    await writeFile(join(dir, 'catalog.json'), '{}', { mode: 0o644 });
    await writeFile(join(dir, 'views.snapshot'), '', { mode: 0o644 });
    await writeFile(join(dir, 'events', '000000000001.jsonl'), '', { mode: 0o644 });
    const store = await openSegmentLogStore({ dir, log: () => {} });
    await store.close();
    expect(await mode(dir)).toBe(0o700);
    expect(await mode(join(dir, 'events'))).toBe(0o700);
    for (const file of ['catalog.json', 'views.snapshot', 'events/000000000001.jsonl']) expect(await mode(join(dir, file)), file).toBe(0o600);
  });
});
