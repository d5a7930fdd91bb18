import { openStore, type OpenedStore } from '../server/store/open-store.ts';
import { DataDirLocked } from '../server/store/segment-log/lock.ts';
import { FormatTooNew } from '../server/store/segment-log/migrations/index.ts';

/**
 * Opens the configured store for a script (PostgreSQL with `databaseUrl`, else DATA_DIR holding its lock); when
 * another process holds DATA_DIR (or a newer release wrote it), says so and exits 1.
 */
export async function openStoreOrExit(dir: string, command: string, databaseUrl?: string): Promise<OpenedStore> {
  try {
    return await openStore({ dataDir: dir, databaseUrl, command });
  } catch (error) {
    if (!(error instanceof DataDirLocked || error instanceof FormatTooNew)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
