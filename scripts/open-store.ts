import { openSegmentLogStore, type SegmentLogStore } from '../server/store/segment-log/index.ts';
import { DataDirLocked } from '../server/store/segment-log/lock.ts';
import { FormatTooNew } from '../server/store/segment-log/migrations/index.ts';

/** Opens the store for a script, holding DATA_DIR's lock; when another process holds it (or a newer release wrote it), says so and exits 1. */
export async function openStoreOrExit(dir: string, command: string): Promise<SegmentLogStore> {
  try {
    return await openSegmentLogStore({ dir, command });
  } catch (error) {
    if (!(error instanceof DataDirLocked || error instanceof FormatTooNew)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
