import type { Clock } from '../../clock.ts';
import type { FileStore } from '../../store/files.ts';
import type { AttachmentBook } from '../../views/attachments.ts';

/** How old a file no event names must be before the sweep removes it: an upload in flight is younger. */
export const ORPHAN_AGE_MS = 60 * 60 * 1000;

/**
 * Removes the stored files that no complaint names (as the views read the events) and that were stored more than
 * an hour before `clock`'s now: a file is written before its `complaint.attached` event, so a crash in between
 * leaves one behind (docs/operations.md, "Photos and documents"). Run at start-up, once the views are built.
 * Returns how many it removed; a store that cannot list its files is not swept.
 */
export async function sweepOrphanFiles({ files, attachments, clock }: { files: FileStore | undefined; attachments: AttachmentBook; clock: Clock }): Promise<number> {
  if (!files?.list) return 0;
  const named = attachments.namedFiles();
  const before = clock.now() - ORPHAN_AGE_MS;
  const orphans = (await files.list()).filter((file) => !named.has(file.id) && file.storedAt < before);
  for (const orphan of orphans) await files.delete(orphan.id);
  return orphans.length;
}
