import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { fileInstallationKeys, type InstallationKeysPlace } from '../server/shared-state/installation-keys.ts';
import type { Store } from '../server/store/types.ts';
import { openStoreOrExit } from './open-store.ts';

/** A store named on the command line, opened, with its installation's keys, what to call it in messages and how to let it go. */
export type OpenedLocation = { name: string; store: Store; keys: InstallationKeysPlace; close(): Promise<void> };

/** Whether `location` names a PostgreSQL database rather than a DATA_DIR. */
export function isDatabaseUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//.test(location);
}

/** Opens the store at `location`, a DATA_DIR (holding its lock) or a PostgreSQL URL, through the one factory. */
export async function openLocation(location: string, command: string): Promise<OpenedLocation> {
  const database = isDatabaseUrl(location);
  // On PostgreSQL, DATA_DIR would hold only this process's own files (a views snapshot), and a copy makes none.
  const dir = database ? tmpdir() : resolve(location);
  const store = await openStoreOrExit(dir, command, database ? location : undefined).catch((error: Error) => {
    console.error(`Tidak dapat dibuka / cannot open ${database ? redacted(location) : dir}: ${error.message}`);
    process.exit(1);
  });
  // On PostgreSQL the keys are in the shared tables, which the store's start has just made if they were missing.
  const keys = database ? (await import('../server/shared-state/postgres/installation-keys.ts')).postgresInstallationKeys(location) : fileInstallationKeys(dir);
  return { name: database ? redacted(location) : dir, store, keys, close: async () => void (await Promise.all([store.close(), keys.close()])) };
}

/** The URL without its password, for messages. */
function redacted(url: string): string {
  return url.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:…@');
}
