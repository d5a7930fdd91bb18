import { readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { StaffFile } from '../staff.ts';
import { fsyncPath } from '../fsync.ts';
import { PRIVATE_FILE_MODE } from '../modes.ts';

/**
 * Releases before staff.json kept the accounts in catalog.json (`staff`). This writes them to staff.json
 * (atomically, fsync'd) while the catalog still holds them; the catalog's own migration to format 3 then drops
 * the list. A crash between the two leaves the catalog with its accounts, and the next start writes staff.json
 * again from them: nothing is lost, and nothing but this step writes staff.json before the store opens.
 * How many accounts moved; undefined when the catalog holds none to move.
 */
export async function moveStaffOutOfCatalog(catalogPath: string, staffPath: string): Promise<number | undefined> {
  const text = await readFile(catalogPath, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (text === undefined) return undefined;
  const { staff } = JSON.parse(text) as { staff?: StaffFile['accounts'] };
  if (!Array.isArray(staff)) return undefined;
  const file: StaffFile = { formatVersion: 1, accounts: staff };
  const temp = `${staffPath}.migrating`;
  await writeFile(temp, JSON.stringify(file, null, 2), { mode: PRIVATE_FILE_MODE });
  await fsyncPath(temp);
  await rename(temp, staffPath);
  await fsyncPath(dirname(staffPath), { directory: true });
  return staff.length;
}
