import { appendFile, mkdtemp, open, readdir, readFile, rename, rm, writeFile, type FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openSegmentLogStore, type SegmentLogStore } from '../../server/store/segment-log/index.ts';
import { storeContract } from './contract.ts';
import { plainRating, rating } from './fixtures/events.ts';

const writes = (store: SegmentLogStore) => store.stats.writes;
storeContract('lowdb', (dir) => openSegmentLogStore({ dir }), { persistent: true, writes });
// Segments of 10 make every contract case cross segment boundaries, on write and on replay.
storeContract('lowdb, segments of 10', (dir) => openSegmentLogStore({ dir, segmentSize: 10 }), { persistent: true, writes });

describe('segment-log store files', () => {
  let dir: string;
  const opened: SegmentLogStore[] = [];
  const openStore = async (segmentSize?: number) => {
    const store = await openSegmentLogStore({ dir, segmentSize });
    opened.push(store);
    return store;
  };
  const events = (name = '000000000001.jsonl') => join(dir, 'events', name);
  const lines = async (name?: string) => (await readFile(events(name), 'utf8')).split('\n').slice(0, -1);

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'suara-segment-log-'));
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((store) => store.close()));
    await rm(dir, { recursive: true, force: true });
  });

  it('stores one compact line per event, without seq, `at` in epoch ms, ≤150 bytes per rating', async () => {
    const store = await openStore();
    const stored = await store.append([plainRating, plainRating]);
    const [first, second] = await lines();
    expect(JSON.parse(first!)).toEqual({ p: 'A'.repeat(22), t: 'r', a: plainRating.at, o: plainRating.officeId, v: plainRating.serviceId, s: 4, c: 'widget' });
    expect(JSON.parse(second!).p).toBe(stored[0]!.hash);
    expect((await readFile(events())).length / 2).toBeLessThanOrEqual(150);
  });

  it('datasyncs a batch before any of its appends resolves, and group-commits concurrent appends', async () => {
    const store = await openStore();
    const probe = await open(events(), 'r');
    const fileHandle = Object.getPrototypeOf(probe) as FileHandle;
    await probe.close();
    let syncedBytes = 0; // file size covered by the last completed datasync
    const datasync = fileHandle.datasync;
    const spy = vi.spyOn(fileHandle, 'datasync').mockImplementation(async function (this: FileHandle) {
      const { size } = await this.stat();
      await datasync.call(this);
      syncedBytes = size;
    });
    try {
      const appends = Array.from({ length: 50 }, (_, n) => store.append([rating(n)]).then(([event]) => ({ seq: event!.seq, syncedBytes })));
      const acknowledged = await Promise.all(appends);
      const lineEnds = (await lines()).map((_, n, all) => Buffer.byteLength(all.slice(0, n + 1).join('\n')) + 1);
      for (const { seq, syncedBytes } of acknowledged) expect(syncedBytes).toBeGreaterThanOrEqual(lineEnds[seq - 1]!);
    } finally {
      spy.mockRestore();
    }
    expect(store.stats).toMatchObject({ appends: 50, events: 50 });
    expect(store.stats.batches).toBeLessThan(5);
    expect(store.stats.syncs).toBe(store.stats.batches);
  });

  it('rolls over to a new segment named after its first seq, and never rewrites a sealed one', async () => {
    let store = await openStore(10);
    await store.append(Array.from({ length: 13 }, (_, n) => rating(n)));
    const sealed = await readFile(events());
    await store.close();
    store = await openStore(10);
    await store.append(Array.from({ length: 12 }, (_, n) => rating(13 + n)));
    expect((await readdir(join(dir, 'events'))).sort()).toEqual(['000000000001.jsonl', '000000000011.jsonl', '000000000021.jsonl', 'format.json']);
    expect(await readFile(events())).toEqual(sealed);
    expect((await lines('000000000011.jsonl')).length).toBe(10);
    expect((await lines('000000000021.jsonl')).length).toBe(5);
    expect(await store.verify()).toEqual({ ok: true, events: 25 });
  });

  it.each([
    ['an unfinished line', '{"p":"AAAAAAAAAAAAAAAAAAAAAA","t":"r","a":17'],
    ['a finished line that is not an event', '{"p":"AAAAAAAAAAA\n'],
    ['a finished line that only looks like an event', '{"p":"AAAAAAAAAAAAAAAAAAAAAA",}\n'],
    ['a line written halfway after a newline', '\n{"p":']
  ])('drops a torn last write on reopen: %s', async (_case, torn) => {
    let store = await openStore();
    const stored = await store.append([rating(1), rating(2), rating(3)]);
    await store.close();
    const intact = await readFile(events());
    await appendFile(events(), torn.startsWith('\n') ? torn.slice(1) : torn);
    store = await openStore();
    expect(store.head()).toEqual({ seq: 3, hash: stored[2]!.hash });
    expect(await readFile(events())).toEqual(intact);
    const [next] = await store.append([rating(4)]);
    expect(next!.seq).toBe(4);
    expect(await store.verify()).toEqual({ ok: true, events: 4 });
  });

  it('refuses to open when a line other than the last is damaged, or a segment is missing', async () => {
    const store = await openStore(10);
    await store.append(Array.from({ length: 15 }, (_, n) => rating(n)));
    await store.close();
    const original = await readFile(events(), 'utf8');
    await writeFile(events(), original.replace('}\n', '\n'));
    await expect(openStore(10)).rejects.toThrow(/event log is corrupt: .*000000000001\.jsonl: line 1 is not an event/);
    await writeFile(events(), original.slice(0, -1)); // a sealed segment cannot end mid-line
    await expect(openStore(10)).rejects.toThrow(/000000000001\.jsonl: it ends in an unfinished line/);
    await writeFile(events(), original);
    await rename(events(), join(dir, 'events', 'moved.bak'));
    await expect(openStore(10)).rejects.toThrow(/expected a segment starting at 1/);
  });

  it("opens despite an edit that keeps a line's shape, which verify() then reports", async () => {
    let store = await openStore();
    await store.append([rating(1), rating(2)]);
    await store.close();
    await writeFile(events(), (await readFile(events(), 'utf8')).replace('"t":"r"', '"t":"x"'));
    store = await openStore();
    expect(await store.verify()).toEqual({ ok: false, events: 2, firstBadSeq: 1 });
    await expect(store.subscribe(() => {})).rejects.toThrow();
  });

  it.each([3, 5])('verify() finds a byte edited in stored event %i', async (seq) => {
    const store = await openStore();
    await store.append(Array.from({ length: 5 }, (_, n) => rating(n)));
    const stored = await lines();
    stored[seq - 1] = stored[seq - 1]!.replace(/"s":(\d)/, (_, score) => `"s":${(Number(score) % 4) + 1}`);
    await writeFile(events(), stored.join('\n') + '\n');
    expect(await store.verify()).toEqual({ ok: false, events: 5, firstBadSeq: seq }); // event seq + 1 tells which of two lines changed
  });

  it('keeps the catalog in catalog.json through lowdb', async () => {
    let store = await openStore();
    await store.catalog.update((draft) => void draft.holidays.push('2025-08-17'));
    expect(JSON.parse(await readFile(join(dir, 'catalog.json'), 'utf8'))).toMatchObject({ holidays: ['2025-08-17'] });
    await store.close();
    store = await openStore();
    expect(store.catalog.get().holidays).toEqual(['2025-08-17']);
  });
});
