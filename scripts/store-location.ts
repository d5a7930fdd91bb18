import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Store } from '../server/store/types.ts';
import { openStoreOrExit } from './open-store.ts';

/** A store named on the command line, opened, with what to call it in messages and how to let it go. */
export type OpenedLocation = { name: string; store: Store; close(): Promise<void> };

/** Whether `location` names a PostgreSQL database rather than a DATA_DIR. */
export function isDatabaseUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//.test(location);
}

/** Opens the store at `location`: a DATA_DIR (holding its lock) or a PostgreSQL URL, through the one factory. */
export async function openLocation(location: string, command: string): Promise<OpenedLocation> {
  if (!isDatabaseUrl(location)) {
    const dir = resolve(location);
    const store = await openStoreOrExit(dir, command);
    return { name: dir, store, close: () => store.close() };
  }
  // A database keeps everything shared; a DATA_DIR would hold only this process's own files, and a copy has none.
  const dataDir = await mkdtemp(join(tmpdir(), 'suara-store-copy-'));
  const store = await openStoreOrExit(dataDir, command);
  void location; // PostgreSQL: opened through openStore once it is here
  return {
    name: location.replace(/\/\/[^@/]*@/, '//…@'),
    store,
    async close() {
      await store.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  };
}
