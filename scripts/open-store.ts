import { openLowdbStore, type LowdbStore } from '../server/store/lowdb/index.ts';
import { DataDirLocked } from '../server/store/lowdb/lock.ts';

/** Opens the store for a script, holding DATA_DIR's lock; when another process holds it, says who and exits 1. */
export async function openStoreOrExit(dir: string, command: string): Promise<LowdbStore> {
  try {
    return await openLowdbStore({ dir, command });
  } catch (error) {
    if (!(error instanceof DataDirLocked)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
