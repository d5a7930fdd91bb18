import { readFile } from 'node:fs/promises';
import type { StaffFile } from '../staff.ts';
import { ifMissing, writeDurably } from '../fsync.ts';

/**
 * Releases before staff.json kept the accounts in catalog.json (`staff`). This writes them to staff.json
 * (atomically, fsync'd) while the catalog still holds them; the catalog's own migration to format 3 then drops
 * the list. A crash between the two leaves the catalog with its accounts, and the next start writes staff.json
 * again from them: nothing is lost, and nothing but this step writes staff.json before the store opens.
 * How many accounts moved; undefined when the catalog holds none to move.
 */
export async function moveStaffOutOfCatalog(catalogPath: string, staffPath: string): Promise<number | undefined> {
  const text = await readFile(catalogPath, 'utf8').catch(ifMissing(undefined));
  if (text === undefined) return undefined;
  const { staff } = JSON.parse(text) as { staff?: StaffFile['accounts'] };
  if (!Array.isArray(staff)) return undefined;
  const file: StaffFile = { formatVersion: 1, accounts: staff };
  await writeDurably(staffPath, JSON.stringify(file, null, 2));
  return staff.length;
}
