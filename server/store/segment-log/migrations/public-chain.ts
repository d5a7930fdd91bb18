import { hash } from 'node:crypto';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { GENESIS_HASH, hashLine } from '../../chain.ts';
import { decodeLine, encodeEvent, readPrevHash } from '../../codec.ts';
import { fsyncPath, writeDurably } from '../fsync.ts';
import { PRIVATE_DIR_MODE, PRIVATE_FILE_MODE } from '../modes.ts';
import { forEachStoredLine } from '../replay.ts';
import { listSegments } from '../segments.ts';

/** Both heads of the format 2 → 3 rewrite, in DATA_DIR (docs/public-record.md, "Migration"). */
export const CHAIN_MIGRATION_FILE = 'chain-migration.json';

export type ChainMigrationRecord = {
  at: string;
  /** The chain as format 2 hashed it: sha256 of each whole stored line, private data included. */
  from: { format: 2; seq: number; hash: string };
  /** The chain rebuilt over public forms, which /api/v1/chain publishes. */
  to: { format: 3; seq: number; hash: string };
};

/** The log's folder while its new lines are written beside it, and the old one between the two renames. */
const building = (eventsDir: string) => `${eventsDir}.v3-migrating`;
const retired = (eventsDir: string) => `${eventsDir}.v2-old`;

/**
 * Format 2 → 3: every line is written again with its private fields behind a salted commitment, and chained
 * over public forms. First the old chain is checked whole (a log that does not verify is not migrated: the
 * server refuses to start and names the event, docs/operations.md, "Storage integrity"); the new log is
 * built beside the old, with the same segments; both heads go to DATA_DIR/chain-migration.json; then the
 * new folder takes the old one's place and the old one is removed. A crash at any point leaves either the
 * old log (built again next start) or the new one (recoverInterruptedMigration).
 */
export async function migrateToPublicChain(eventsDir: string, { now = Date.now() }: { now?: number } = {}): Promise<string> {
  await rm(building(eventsDir), { recursive: true, force: true });
  const segments = await listSegments(eventsDir);
  const target = building(eventsDir);
  await mkdir(target, { mode: PRIVATE_DIR_MODE });
  let oldHash = GENESIS_HASH;
  let newHash = GENESIS_HASH;
  let seq = 0;
  for (const segment of segments) {
    const out: string[] = [];
    await forEachStoredLine([segment], { upTo: Infinity }, (line) => {
      seq++;
      if (readPrevHash(line) !== oldHash) throw new Error(`event log is corrupt: event ${seq} (${segment.path}) does not continue the chain; not migrated (docs/operations.md, "Storage integrity")`);
      oldHash = hash('sha256', line, 'base64url').slice(0, 22);
      const migrated = encodeEvent(decodeLine(line).event, newHash);
      newHash = hashLine(seq, migrated);
      out.push(migrated);
    });
    // A torn tail (bytes after the last newline) was never acknowledged: it is left behind, as the server would cut it.
    const path = join(target, basename(segment.path));
    await writeFile(path, out.length === 0 ? '' : out.join('\n') + '\n', { mode: PRIVATE_FILE_MODE });
    await fsyncPath(path);
  }
  await writeFile(join(target, 'format.json'), `${JSON.stringify({ format: 'suara-events', version: 3 })}\n`, { mode: PRIVATE_FILE_MODE });
  await fsyncPath(join(target, 'format.json'));
  await fsyncPath(target, { directory: true });
  const record: ChainMigrationRecord = { at: new Date(now).toISOString(), from: { format: 2, seq, hash: oldHash }, to: { format: 3, seq, hash: newHash } };
  const dataDir = dirname(eventsDir);
  await writeDurably(join(dataDir, CHAIN_MIGRATION_FILE), `${JSON.stringify(record, null, 2)}\n`);
  await rename(eventsDir, retired(eventsDir));
  await rename(target, eventsDir);
  await fsyncPath(dataDir, { directory: true });
  await rm(retired(eventsDir), { recursive: true, force: true });
  return eventsDir;
}

/**
 * Finishes or undoes a migration a crash interrupted between its two renames: a new log complete with its
 * stamp stays (the old one goes); otherwise the old log comes back (the folder in its place is empty, made at start).
 */
export async function recoverInterruptedMigration(eventsDir: string): Promise<void> {
  const old = retired(eventsDir);
  if (!(await exists(old))) return;
  if (await exists(join(eventsDir, 'format.json'))) {
    await rm(old, { recursive: true, force: true });
    return;
  }
  await rm(eventsDir, { recursive: true, force: true });
  await rename(old, eventsDir);
  await fsyncPath(dirname(eventsDir), { directory: true });
}

/** The migration record of a DATA_DIR, when its log was migrated to public forms. */
export async function readChainMigration(dataDir: string): Promise<ChainMigrationRecord | undefined> {
  const text = await readFile(join(dataDir, CHAIN_MIGRATION_FILE), 'utf8').catch(() => undefined);
  return text === undefined ? undefined : (JSON.parse(text) as ChainMigrationRecord);
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false
  );
}
