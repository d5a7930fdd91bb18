import { dirname } from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { changedCatalog, emptyCatalog } from '../catalog.ts';
import type { Catalog, CatalogStore } from '../types.ts';
import { fsyncPath } from './fsync.ts';

/** The catalog as a lowdb JSON file, rewritten whole (and fsync'd) on every update. */
export async function openCatalog(path: string): Promise<CatalogStore & { close(): Promise<void> }> {
  const db = new Low<Catalog>(new JSONFile<Catalog>(path), emptyCatalog());
  await db.read();
  // A file written by an older version may lack newer keys.
  db.data = { ...emptyCatalog(), ...db.data };
  let closed = false;
  let lastWrite: Promise<void> = Promise.resolve();

  return {
    get: () => db.data,
    async update(change) {
      if (closed) throw new Error('store is closed');
      db.data = changedCatalog(db.data, change);
      // lowdb (steno) writes a temp file and renames it without fsync; "persists" here means durable.
      const write = db.write().then(async () => {
        await fsyncPath(path);
        await fsyncPath(dirname(path), { directory: true });
      });
      lastWrite = write.catch(() => {});
      await write;
    },
    async close() {
      closed = true;
      await lastWrite;
    }
  };
}
