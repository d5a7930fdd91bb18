/*
 * Layout of a lowdb store directory:
 *   catalog.json                 agencies, offices, services, holidays, demo flag (lowdb)
 *   events/000000000001.jsonl    events 1…segmentSize, one compact JSON line each (../codec.ts)
 *   events/000000100001.jsonl    the next segment, named after its first seq; only the last is written
 * lowdb rewrites a whole file on every write: fine for the small catalog, but for events it would
 * rewrite the whole history per rating (seconds at a million). So events never go through lowdb:
 * they are appended to bounded segment files that are never rewritten once sealed,
 * group-committed with one write and one datasync per batch, and chained by hash ("p" = hash of
 * the previous line) so later edits show. A line's seq is its position (segment base + index).
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ChainChecker } from '../chain.ts';
import { Subscribers } from '../subscribers.ts';
import type { Store } from '../types.ts';
import { openCatalog } from './catalog.ts';
import { forEachStoredLine } from './replay.ts';
import { recoverLog } from './segments.ts';
import { SharedReplay } from './shared-replay.ts';
import { SegmentWriter, type WriterStats } from './writer.ts';

/** A Store on disk: the catalog through lowdb, events in append-only segment files. */
export type LowdbStore = Store & { readonly stats: Readonly<WriterStats> };

/** Opens (or creates) the store in `dir`, recovering from a write torn by a crash. */
export async function openLowdbStore(options: { dir: string; segmentSize?: number }): Promise<LowdbStore> {
  const { dir, segmentSize = 100_000 } = options;
  const eventsDir = join(dir, 'events');
  await mkdir(eventsDir, { recursive: true });
  const catalog = await openCatalog(join(dir, 'catalog.json'));
  const subscribers = new Subscribers();
  const writer = await SegmentWriter.open(eventsDir, segmentSize, await recoverLog(eventsDir), (events) =>
    subscribers.notify(events)
  );
  const replays = new SharedReplay();
  let closed = false;

  return {
    catalog,
    stats: writer.stats,
    append: (events) => writer.append(events),
    head: () => writer.committed,

    async subscribe(listener, options) {
      if (closed) throw new Error('store is closed');
      // Taken together with the registration (same tick): older events come from the files,
      // newer ones from the commits.
      const head = writer.committed;
      const segments = [...writer.segments];
      return subscribers.add(listener, (deliver) => replays.join(segments, options?.after, head, deliver));
    },

    async verify() {
      const head = writer.committed;
      const checker = new ChainChecker();
      await forEachStoredLine([...writer.segments], { upTo: head.seq }, (line) => checker.push(line));
      return checker.finish(head);
    },

    async close() {
      closed = true;
      await Promise.all([writer.close(), catalog.close()]);
    }
  };
}
