/*
 * A backup of a segment-log store: a tar archive (any `tar tf` can list it) of
 *   suara-backup.json          what it is: format, when, the head it ends at, the formats inside
 *   catalog.json               the catalog at that head
 *   staff.json                 the console's accounts (an archive of an older release has them in catalog.json)
 *   server.key                 the installation's secret (detail tokens, idempotency keys)
 *   chain-key.pem              the key that signs chain heads, with the daily heads and the migration
 *   chain-heads.jsonl          record when there are (docs/public-record.md)
 *   chain-migration.json
 *   webhooks.json              webhook endpoints, their signing secrets and pending deliveries, when there are
 *   events/format.json         the log's format
 *   events/000000000001.jsonl  the segments, the last one cut after the head's line
 *   attachments/<sha256>       photos and documents of complaints (./files.ts): every file there when the archive is
 *                              written, a few perhaps newer than the head (a file is stored before its event)
 * Taken beside the running writer, it is consistent without stopping it: the head and the catalog are
 * read in one tick, a segment's lines up to a committed head are fsync'd and never rewritten, and lines
 * appended meanwhile lie after the cut. The views snapshot is left out: it is a cache, rebuilt at the
 * first start. See docs/operations.md, "Backup and restore".
 */
import { createReadStream } from 'node:fs';
import { open, readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import tar from 'tar-stream';
import type { ChainHead, Store } from '../types.ts';
import { FILES_DIR } from './files.ts';
import { ifMissing } from './fsync.ts';
import { FILE_ID } from '../files.ts';
import { CATALOG_FORMAT_VERSION, EVENTS_FORMAT_FILE, EVENTS_FORMAT_VERSION } from './migrations/index.ts';
import { PRIVATE_FILE_MODE } from './modes.ts';
import { STAFF_FILE, type StaffFile } from './staff.ts';
import { listSegments, type Segment } from './segments.ts';

export const BACKUP_MANIFEST = 'suara-backup.json';
/** The archive's own layout; restore refuses a newer one. */
export const BACKUP_FORMAT_VERSION = 1;

export type BackupManifest = {
  format: 'suara-backup';
  version: number;
  createdAt: string;
  /** The last event in the archive: restore checks the chain ends here. */
  head: ChainHead;
  formats: { catalog: number; events: number };
};

export type Backup = { manifest: BackupManifest; archive: Readable };

/** Starts a backup of the store open on `dir` at its current committed head; the archive streams as it is read. */
export function backupStore({ dir, store, now = Date.now() }: { dir: string; store: Store; now?: number }): Backup {
  // One tick: the catalog as it is at this head.
  const head = store.head();
  const catalog = store.catalog.get();
  const accounts = store.staff.all();
  const manifest: BackupManifest = {
    format: 'suara-backup',
    version: BACKUP_FORMAT_VERSION,
    createdAt: new Date(now).toISOString(),
    head,
    formats: { catalog: CATALOG_FORMAT_VERSION, events: EVENTS_FORMAT_VERSION }
  };
  const pack = tar.pack();
  const mtime = new Date(now);
  const add = (name: string, content: string | Buffer) =>
    new Promise<void>((resolve, reject) => pack.entry({ name, mode: PRIVATE_FILE_MODE, mtime }, content, (error) => (error ? reject(error) : resolve())));

  const fill = async () => {
    await add(BACKUP_MANIFEST, `${JSON.stringify(manifest, null, 2)}\n`);
    await add('catalog.json', JSON.stringify({ ...catalog, formatVersion: CATALOG_FORMAT_VERSION }, null, 2));
    await add(STAFF_FILE, JSON.stringify({ formatVersion: 1, accounts: [...accounts] } satisfies StaffFile, null, 2));
    for (const name of ['server.key', 'chain-key.pem', 'chain-heads.jsonl', 'chain-migration.json', 'webhooks.json']) {
      const content = await readFile(join(dir, name)).catch(ifMissing(undefined));
      if (content) await add(name, content);
    }
    await add(`events/${EVENTS_FORMAT_FILE}`, `${JSON.stringify({ format: 'suara-events', version: EVENTS_FORMAT_VERSION })}\n`);
    const segments = head.seq === 0 ? [] : (await listSegments(join(dir, 'events'))).filter((segment) => segment.base <= head.seq);
    for (const [index, segment] of segments.entries()) {
      const last = index === segments.length - 1;
      // Sealed segments are whole and never change; the last is cut after the head's line.
      const size = last ? await bytesOfLines(segment, head.seq - segment.base + 1) : (await stat(segment.path)).size;
      const name = `events/${basename(segment.path)}`;
      if (size === 0)
        await add(name, Buffer.alloc(0)); // (createReadStream's `end: -1` would read it all)
      else await pipeline(createReadStream(segment.path, { start: 0, end: size - 1 }), pack.entry({ name, size, mode: PRIVATE_FILE_MODE, mtime }));
    }
    for (const id of await storedFiles(join(dir, FILES_DIR))) {
      const path = join(dir, FILES_DIR, id);
      const { size } = await stat(path);
      await pipeline(createReadStream(path), pack.entry({ name: `${FILES_DIR}/${id}`, size, mode: PRIVATE_FILE_MODE, mtime }));
    }
    pack.finalize();
  };
  fill().catch((error: unknown) => pack.destroy(error as Error));
  // tar-stream's streams are streamx ones: Node's own Readable for HTTP and files.
  return { manifest, archive: Readable.from(pack) };
}

/** The byte length of a segment's first `lines` lines; throws when it holds fewer (it was changed under us). */
async function bytesOfLines(segment: Segment, lines: number): Promise<number> {
  const handle = await open(segment.path, 'r');
  try {
    const buffer = Buffer.alloc(1 << 20);
    let offset = 0;
    let seen = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, offset);
      if (bytesRead === 0) throw new Error(`${segment.path} holds ${seen} lines, fewer than the ${lines} committed`);
      for (let i = buffer.indexOf(10); i >= 0 && i < bytesRead; i = buffer.indexOf(10, i + 1)) {
        if (++seen === lines) return offset + i + 1;
      }
      offset += bytesRead;
    }
  } finally {
    await handle.close();
  }
}

/** The ids of the files stored under `dir` (none when it does not exist yet); half-written temporary files are left out. */
async function storedFiles(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch(ifMissing([]));
  return names.filter((name) => FILE_ID.test(name)).sort();
}
