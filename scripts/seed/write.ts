import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { DomainEvent, Store } from '../../server/store/types.ts';
import type { Catalog } from '../../server/store/types.ts';

/** Writes the catalog, then the events through the real store API in big batches (one write + fsync each). */
export async function writeSeed(store: Store, catalog: Catalog, events: readonly DomainEvent[], batch: number, onProgress: (written: number) => void): Promise<void> {
  if (store.head().seq > 0 || store.catalog.get().offices.length > 0) {
    throw new Error('the store is not empty: seed into a new DATA_DIR (or delete this one first)');
  }
  await store.catalog.update((draft) => Object.assign(draft, catalog));
  for (let start = 0; start < events.length; start += batch) {
    await store.append(events.slice(start, start + batch));
    onProgress(Math.min(events.length, start + batch));
  }
}

/** Bytes of every file under `dir`. */
export async function bytesUnder(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? await bytesUnder(path) : (await stat(path)).size;
  }
  return total;
}
