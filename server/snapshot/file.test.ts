import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copiedPart } from './parts.ts';
import { fileSnapshotStore } from './file.ts';
import type { CapturedViews, SnapshotPart } from './types.ts';

const head = { seq: 42, hash: 'H'.repeat(22) };
const texts = (lines: readonly Buffer[] | undefined) => lines?.map((line) => line.toString());

function captured(values: string[], extra: SnapshotPart[] = []): CapturedViews {
  return { head, parts: [copiedPart('values', values, 2, (items) => JSON.stringify(items)), copiedPart('empty', [], 1, () => ''), ...extra] };
}

describe('fileSnapshotStore', () => {
  let dir: string;
  let path: string;
  let logged: string[];
  const open = (sliceMs?: number) => fileSnapshotStore(path, { log: (line) => logged.push(line), sliceMs });

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'suara-snapshot-file-'));
    path = join(dir, 'views.snapshot');
    logged = [];
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('gives back what was saved, part by part, under the same key only', async () => {
    const stats = await open().save('kunci', captured(['a', 'b', 'c\n"d"']));
    expect(stats).toMatchObject({ lines: 4 });
    expect(stats.bytes).toBe((await readFile(path)).length);
    const loaded = await open().load('kunci');
    expect(loaded?.head).toEqual(head);
    expect(texts(loaded?.parts.get('values'))).toEqual(['["a","b"]', '["c\\n\\"d\\""]']);
    expect(texts(loaded?.parts.get('empty'))).toEqual([]);
    expect(logged).toEqual([]);
    expect(await open().load('another')).toBeUndefined();
    expect(logged.join()).toMatch(/made by other code or for another catalog/);
  });

  it('says nothing when there is no snapshot yet', async () => {
    expect(await open().load('kunci')).toBeUndefined();
    expect(logged).toEqual([]);
  });

  it.each([
    ['cut short', (bytes: Buffer) => bytes.subarray(0, bytes.length - 30)],
    ['without its trailer', (bytes: Buffer) => bytes.subarray(0, bytes.lastIndexOf(10, bytes.length - 2) + 1)],
    ['with a byte changed', (bytes: Buffer) => Buffer.from(bytes.toString().replace('"b"', '"x"'))],
    ['empty', () => Buffer.alloc(0)]
  ])('is not used when the file is %s, and says so', async (_case, damage) => {
    await open().save('kunci', captured(['a', 'b']));
    await writeFile(path, damage(await readFile(path)));
    expect(await open().load('kunci')).toBeUndefined();
    expect(logged).toHaveLength(1);
  });

  it('keeps the previous snapshot when a write fails, and leaves no temp file', async () => {
    await open().save('kunci', captured(['lama']));
    let released = false;
    const failing: SnapshotPart = {
      name: 'failing',
      count: 2,
      *lines() {
        yield 'x';
        throw new Error('disk full');
      },
      release: () => void (released = true)
    };
    await expect(open().save('kunci', captured(['baru'], [failing]))).rejects.toThrow('disk full');
    expect(released).toBe(true);
    expect(texts((await open().load('kunci'))?.parts.get('values'))).toEqual(['["lama"]']);
    expect(await readdir(dir)).toEqual(['views.snapshot']);
  });

  it('keeps the previous snapshot when killed mid-write: a temp file is never read', async () => {
    await open().save('kunci', captured(['lama']));
    await writeFile(`${path}.tmp`, '{"format":"suara-views"'); // what a SIGKILL mid-write leaves
    expect(texts((await open().load('kunci'))?.parts.get('values'))).toEqual(['["lama"]']);
    await open().save('kunci', captured(['baru']));
    expect(texts((await open().load('kunci'))?.parts.get('values'))).toEqual(['["baru"]']);
    expect(await readdir(dir)).toEqual(['views.snapshot']);
  });

  it('writes in slices of about sliceMs, so the event loop runs between them', async () => {
    const values = Array.from({ length: 20_000 }, (_, i) => `nilai-${i}`.repeat(20));
    let ticks = 0;
    const ticking = setInterval(() => ticks++, 0);
    // Each look at the time finds a quarter of a millisecond more: the slices' length does not depend on how busy
    // the machine is, only on where the writer looks and when it yields.
    let now = 0;
    const stats = await fileSnapshotStore(path, { sliceMs: 2, elapsed: () => (now += 0.25) }).save('kunci', captured(values));
    clearInterval(ticking);
    expect(stats.longestSliceMs).toBeGreaterThanOrEqual(2);
    expect(stats.longestSliceMs).toBeLessThanOrEqual(2.5); // the slice, and the one line that used it up
    expect(ticks).toBeGreaterThan(0);
    expect(texts((await open().load('kunci'))?.parts.get('values'))).toHaveLength(10_000);
  });
});
