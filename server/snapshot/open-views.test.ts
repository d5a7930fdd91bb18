import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { manualClock } from '../clock.ts';
import type { ComplaintState } from '../views/index.ts';
import { encodeComplaint } from '../views/serialisation/complaints.ts';
import { openSegmentLogStore, type SegmentLogStore } from '../store/segment-log/index.ts';
import { createMemoryStore } from '../store/memory/index.ts';
import type { Store } from '../store/types.ts';
import { EventMix, MIX_NOW, mixCatalog } from './event-mix.ts';
import { fileSnapshotStore } from './file.ts';
import { openViews, type OpenedViews } from './open-views.ts';
import type { CapturedViews, LoadedSnapshot, SnapshotStore } from './types.ts';

const clock = manualClock(MIX_NOW);
const serverKey = Buffer.alloc(32, 5);
const offices = [...mixCatalog.offices.map((office) => office.id), 'kantor-tak-dikenal'];
const quiet = () => {};

/** Everything the views hold, comparable with toEqual; complaints office by office, in each office's order. */
function contents({ views, idempotency }: OpenedViews) {
  const captured = Object.fromEntries(views.capture().map((part) => [part.name, readPart(part)]));
  delete captured.complaints; // the order of offices is not part of the views; it is compared per office below
  return {
    head: views.head(),
    version: views.version(),
    parts: captured,
    idempotency: idempotency.entries(),
    offices: offices.map((id) => ({
      officeVersion: views.officeVersion(id),
      comments: views.ratings.recentComments(id),
      complaints: views.complaints.submittedBetween(id, -Infinity, Infinity).map((state) => [encodeComplaint(state), plain(state)])
    }))
  };
}

/** A complaint's state as plain data: a restored one reads its details through getters. */
function plain(state: ComplaintState) {
  const { secretHash, description, contact, history } = state;
  return { ...state, secretHash, description, contact, history };
}

function readPart(part: CapturedViews['parts'][number]): string[] {
  try {
    return [...part.lines()];
  } finally {
    part.release?.();
  }
}

/** A snapshot kept in memory, as the file would give it back. */
function memorySnapshots(): SnapshotStore & { saved?: LoadedSnapshot } {
  return {
    async load() {
      return this.saved;
    },
    async save(_key, captured) {
      const parts = new Map(captured.parts.map((part) => [part.name, readPart(part).map((line) => Buffer.from(line))]));
      this.saved = { head: captured.head, parts };
      return { bytes: 0, lines: 0, totalMs: 0, busyMs: 0, longestSliceMs: 0 };
    }
  };
}

async function fullReplay(store: Store): Promise<OpenedViews> {
  return openViews({ store, clock, serverKey, log: quiet });
}

describe('views restored from a snapshot plus the tail of the log', () => {
  it('equal a full replay, with events applied at every step of the snapshot write', async () => {
    const store = createMemoryStore(mixCatalog);
    const mix = new EventMix();
    await store.append(mix.take(300));
    await store.append(mix.burst('puskesmas-uji', 60, { exclude: true }));
    await store.append(mix.burst('samsat-uji', 45, { exclude: true, undo: true }));
    await store.append(mix.take(300));
    await store.append([...mix.attach(mix.codes[0]!, { publish: true }), ...mix.attach(mix.codes[1]!)]);
    const live = await fullReplay(store);
    expect(live.views.bursts.bursts('puskesmas-uji')).toHaveLength(1);
    const captured = live.capture()!;
    const codes = [...mix.codes];

    // The memory store applies an append to the views before append() returns: so these land between two lines.
    let step = 0;
    const during = (part: string) => {
      step++;
      const events = mix.take(2);
      if (part === 'bursts' && step % 2 === 0) events.push(...mix.burst(offices[step % offices.length]!, 40, { exclude: step % 4 === 0 }));
      if (part === 'complaints' && step % 5 === 0) {
        const code = codes[(step * 7) % codes.length]!;
        events.push(mix.action(code, step % 10 === 0 ? 'complaint.forwarded' : 'complaint.reopened'), mix.action(code, 'complaint.replied'));
      }
      void store.append(events);
    };
    // Before anything is written: change the last complaint (copy on write), forward one, and a brand new office.
    void store.append([mix.action(codes.at(-1)!, 'complaint.forwarded'), mix.action(codes.at(-2)!, 'complaint.resolved'), mix.action(codes.at(-2)!, 'complaint.reopened')]);
    void store.append([{ type: 'rating.recorded', at: MIX_NOW - 1000, officeId: 'kantor-baru', score: 3, channel: 'qr', comment: 'baru' }]);
    const interleaved: CapturedViews = {
      head: captured.head,
      parts: captured.parts.map((part) => ({
        ...part,
        *lines() {
          for (const line of part.lines()) {
            yield line;
            during(part.name);
          }
        }
      }))
    };
    const snapshots = memorySnapshots();
    await snapshots.save('key', interleaved);
    await store.append(mix.take(300)); // the tail after the snapshot's writing
    await store.append([...mix.attach(codes[2]!, { publish: true }), ...mix.attach(codes[0]!, { publish: true })]);

    const restored = await openViews({ store, clock, serverKey, snapshots, log: quiet });
    expect(restored.restoredFrom).toEqual(captured.head);
    expect(restored.views.head().seq).toBeGreaterThan(captured.head.seq + 300);
    const replayed = await fullReplay(store);
    expect(contents(restored)).toEqual(contents(replayed));
    expect(contents(live)).toEqual(contents(replayed));
    // After the restore the views go on as a replayed one does.
    await store.append([...mix.take(50), mix.action(codes[0]!, 'complaint.forwarded'), mix.action(codes[1]!, 'complaint.closed')]);
    expect(contents(restored)).toEqual(contents(replayed));
  });

  it('fall back to a full replay when the snapshot does not fit the log', async () => {
    const mix = new EventMix(3);
    const store = createMemoryStore(mixCatalog);
    await store.append(mix.take(200));
    const snapshots = memorySnapshots();
    await snapshots.save('key', (await fullReplay(store)).capture()!);
    const other = createMemoryStore(mixCatalog); // another log: same length, other events
    await other.append(new EventMix(4).take(200));
    const lines: string[] = [];
    const opened = await openViews({ store: other, clock, serverKey, snapshots, log: (line) => lines.push(line) });
    expect(opened.restoredFrom).toBeUndefined();
    expect(lines.join('\n')).toMatch(/does not fit the log/);
    expect(contents(opened)).toEqual(contents(await fullReplay(other)));
  });

  it('fall back to a full replay when the snapshot is damaged', async () => {
    const store = createMemoryStore(mixCatalog);
    await store.append(new EventMix(5).take(200));
    const snapshots = memorySnapshots();
    await snapshots.save('key', (await fullReplay(store)).capture()!);
    const complaints = snapshots.saved!.parts.get('complaints')!;
    (complaints as Buffer[])[0] = Buffer.from('["SL-RUSAK"');
    const lines: string[] = [];
    const opened = await openViews({ store, clock, serverKey, snapshots, log: (line) => lines.push(line) });
    expect(opened.restoredFrom).toBeUndefined();
    expect(lines.join('\n')).toMatch(/damaged/);
    expect(contents(opened)).toEqual(contents(await fullReplay(store)));
  });
});

describe('views snapshot on disk', () => {
  let dir: string | undefined;
  let store: SegmentLogStore | undefined;
  afterEach(async () => {
    await store?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('written in slices while appends race it, restores to what a full replay gives', async () => {
    dir = await mkdtemp(join(tmpdir(), 'suara-snapshot-'));
    store = await openSegmentLogStore({ dir, segmentSize: 64 });
    await store.catalog.update((draft) => Object.assign(draft, structuredClone(mixCatalog)));
    const mix = new EventMix(11);
    await store.append(mix.take(1000));
    const live = await openViews({ store, clock, serverKey, log: quiet });
    // Slices of 0 ms: the writer yields after every line, and the appends below get in between.
    const snapshots = fileSnapshotStore(join(dir, 'views.snapshot'), { sliceMs: 0, log: quiet });
    const codes = [...mix.codes];
    let writing = true;
    const racing = (async () => {
      for (let i = 0; writing; i++) await store!.append([...mix.take(3), mix.action(codes[(i * 13) % codes.length]!, i % 4 === 0 ? 'complaint.forwarded' : 'complaint.noted')]);
    })();
    const stats = await snapshots.save(live.key, live.capture()!);
    writing = false;
    await racing;
    expect(stats.lines).toBeGreaterThan(150);
    expect(store.head().seq).toBeGreaterThan(1000 + 8); // a few appends got in while it was written

    const restored = await openViews({ store, clock, serverKey, snapshots, log: quiet });
    expect(restored.restoredFrom?.seq).toBe(1000); // captured before the first racing append committed
    expect(contents(restored)).toEqual(contents(await fullReplay(store)));
    expect(contents(live)).toEqual(contents(restored));
  });
});
