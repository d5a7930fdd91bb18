import { chmod } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Low } from 'lowdb';
import { DataFile } from 'lowdb/node';
import { changedCatalog, emptyCatalog } from '../catalog.ts';
import type { Catalog, CatalogStore } from '../types.ts';
import { fsyncPath } from './fsync.ts';
import { CATALOG_FORMAT_VERSION } from './migrations/catalog.ts';
import { PRIVATE_FILE_MODE } from './modes.ts';
import { StorageFailing } from './unavailable.ts';

/** The catalog as a lowdb JSON file, rewritten whole (and fsync'd) on every update. */
export async function openCatalog(path: string): Promise<CatalogStore & { close(): Promise<void> }> {
  const db = new Low<Catalog>(new DataFile<Catalog>(path, { parse: withoutFormatVersion, stringify: withFormatVersion }), emptyCatalog());
  await db.read();
  // Migrated already (./migrations/) when the store opens it; a key added since by a release still fills in.
  db.data = { ...emptyCatalog(), ...db.data };
  let closed = false;
  let lastWrite: Promise<void> = Promise.resolve();

  return {
    get: () => db.data,
    async update(change) {
      if (closed) throw new Error('store is closed');
      const previous = db.data;
      const next = changedCatalog(db.data, change);
      db.data = next;
      // lowdb (steno) writes a temp file and renames it without fsync; "persists" here means durable.
      // The renamed file has the default mode: it holds password hashes, so it is made private again.
      const write = db.write().then(async () => {
        await chmod(path, PRIVATE_FILE_MODE);
        await fsyncPath(path);
        await fsyncPath(dirname(path), { directory: true });
      });
      lastWrite = write.catch(() => {});
      try {
        await write;
      } catch (error) {
        // Not on disk (a full disk …): readers go on seeing what is.
        if (db.data === next) db.data = previous;
        throw new StorageFailing(error);
      }
    },
    async close() {
      closed = true;
      await lastWrite;
    }
  };
}

/** The file names its format (./migrations/); the catalog in memory is the same whatever the store. */
function withFormatVersion(catalog: Catalog): string {
  return JSON.stringify({ ...catalog, formatVersion: CATALOG_FORMAT_VERSION }, null, 2);
}

function withoutFormatVersion(text: string): Catalog {
  const { formatVersion: _migratedAlready, ...catalog } = JSON.parse(text) as Catalog & { formatVersion?: number };
  return catalog;
}
