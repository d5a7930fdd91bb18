import { chmod } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Low } from 'lowdb';
import { DataFile } from 'lowdb/node';
import { memoryStaff } from '../accounts/memory.ts';
import type { StaffStore } from '../accounts/types.ts';
import type { StaffAccount } from '../types.ts';
import { fsyncPath } from './fsync.ts';
import { PRIVATE_FILE_MODE } from './modes.ts';
import { StorageFailing } from './unavailable.ts';

/** The console's accounts in DATA_DIR, beside the catalog (they left catalog.json: ./migrations/staff.ts). */
export const STAFF_FILE = 'staff.json';

/** What staff.json holds; `formatVersion` names its layout, as catalog.json's does. */
export type StaffFile = { formatVersion: 1; accounts: StaffAccount[] };

/**
 * The accounts as a lowdb JSON file, rewritten whole (and fsync'd) on every change, owner-only: it holds
 * password hashes. One process holds DATA_DIR, so memory is the truth between writes.
 */
export async function openStaffFile(path: string): Promise<StaffStore & { close(): Promise<void> }> {
  const db = new Low<StaffFile>(new DataFile<StaffFile>(path, { parse: JSON.parse, stringify: (data) => JSON.stringify(data, null, 2) }), { formatVersion: 1, accounts: [] });
  await db.read();
  let closed = false;
  let lastWrite: Promise<void> = Promise.resolve();
  const staff = memoryStaff(db.data.accounts, async (accounts) => {
    if (closed) throw new Error('store is closed');
    db.data = { formatVersion: 1, accounts: [...accounts] };
    const write = writeStaffFile(db, path);
    lastWrite = write.catch(() => {});
    // Not on disk (a full disk …): the change is not made, readers go on seeing what is.
    await write.catch((error: unknown) => {
      throw new StorageFailing(error);
    });
  });
  return {
    ...staff,
    async close() {
      closed = true;
      await lastWrite;
    }
  };
}

async function writeStaffFile(db: Low<StaffFile>, path: string): Promise<void> {
  // lowdb (steno) renames a temp file without fsync or a private mode: both are added here.
  await db.write();
  await chmod(path, PRIVATE_FILE_MODE);
  await fsyncPath(path);
  await fsyncPath(dirname(path), { directory: true });
}
