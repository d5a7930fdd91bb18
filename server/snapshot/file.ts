/*
 * A views snapshot on disk: JSON lines.
 *   {"format":"suara-views","key":…,"seq":…,"hash":…,"writtenAt":…,"parts":[[name, lines], …]}
 *   …the parts' lines, in the header's order…
 *   {"end":<lines above>,"crc32":<of the bytes above>}
 * The trailer shows the file is whole and undamaged: a CRC guards against accidents at half the cost
 * of a hash, and a hash would not stop anyone able to rewrite the file either. The key names the
 * views' code and what they read from the catalog (./key.ts), so a snapshot made by other code or for
 * another catalog is never used. It is a cache: when anything is off, the views replay the log.
 */
import { open, readFile, rename, rm, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { crc32 } from 'node:zlib';
import { fsyncPath } from '../store/segment-log/fsync.ts';
import type { CapturedViews, LoadedSnapshot, SnapshotStore, SnapshotWriteStats } from './types.ts';

const FORMAT = 'suara-views';
/** At most this much text is written at once (~1 ms to join, convert and checksum). */
const SLICE_CHARACTERS = 256 * 1024;

type Header = { format: string; key: string; seq: number; hash: string; writtenAt: string; parts: [name: string, lines: number][] };
type Trailer = { end: number; crc32: number };

/**
 * Snapshots in the file at `path`. A write never blocks the event loop for more than about
 * `sliceMs` (plus one line): lines are encoded until the slice is used up, then written while other
 * work runs. A crash at any moment leaves the previous snapshot or the new one: the new one is
 * written to a temp file, fsync'd, renamed over, and the rename made durable.
 */
export function fileSnapshotStore(
  path: string,
  { log = console.log, sliceMs = 8, elapsed = () => performance.now() }: { log?: (line: string) => void; sliceMs?: number; /** Times the slices. */ elapsed?: () => number } = {}
): SnapshotStore {
  return {
    async load(key) {
      const bytes = await readFile(path).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') log(`Snapshot tidak terbaca / unreadable (${error.message}): replay penuh / full replay`);
        return undefined;
      });
      if (!bytes) return undefined;
      try {
        return parseSnapshot(bytes, key);
      } catch (error) {
        log(`Snapshot tidak dipakai / not used (${(error as Error).message}): replay penuh / full replay`);
        return undefined;
      }
    },

    async save(key, captured) {
      const temp = `${path}.tmp`;
      // 0600: the views hold complaint states (DATA_DIR is its owner's only: server/store/segment-log/modes.ts).
      const handle = await open(temp, 'w', 0o600);
      try {
        const stats = await writeLines(handle, key, captured, sliceMs, elapsed);
        await handle.sync();
        await handle.close();
        await rename(temp, path);
        await fsyncPath(dirname(path), { directory: true });
        return stats;
      } catch (error) {
        await handle.close().catch(() => {});
        await rm(temp, { force: true });
        throw error;
      } finally {
        for (const part of captured.parts) part.release?.();
      }
    }
  };
}

async function writeLines(handle: FileHandle, key: string, { head, parts }: CapturedViews, sliceMs: number, elapsed: () => number): Promise<SnapshotWriteStats> {
  const started = elapsed();
  let crc = 0;
  const stats: SnapshotWriteStats = { bytes: 0, lines: 0, totalMs: 0, busyMs: 0, longestSliceMs: 0 };
  let sliceStart = started;
  // Ends the slice: what was encoded since the last write goes to the file while other work runs.
  const write = async (lines: string[], checked = true) => {
    if (lines.length === 0) return;
    const bytes = Buffer.from(lines.join('\n') + '\n');
    if (checked) crc = crc32(bytes, crc);
    const spent = elapsed() - sliceStart;
    stats.busyMs += spent;
    stats.longestSliceMs = Math.max(stats.longestSliceMs, spent);
    for (let offset = 0; offset < bytes.length;) offset += (await handle.write(bytes, offset)).bytesWritten;
    stats.bytes += bytes.length;
    stats.lines += lines.length;
    sliceStart = elapsed();
  };
  const header: Header = { format: FORMAT, key, seq: head.seq, hash: head.hash, writtenAt: new Date().toISOString(), parts: parts.map((part) => [part.name, part.count]) };
  let pending = [JSON.stringify(header)];
  let pendingLength = 0;
  for (const part of parts) {
    let written = 0;
    for (const line of part.lines()) {
      pending.push(line);
      pendingLength += line.length;
      written++;
      // Joining, converting and checksumming what was encoded takes time too: bounded by its length.
      if (pendingLength >= SLICE_CHARACTERS || elapsed() - sliceStart >= sliceMs) {
        await write(pending);
        pending = [];
        pendingLength = 0;
      }
    }
    if (written !== part.count) throw new Error(`snapshot part ${part.name} gave ${written} lines, not ${part.count}`);
  }
  await write(pending);
  const trailer: Trailer = { end: stats.lines, crc32: crc };
  await write([JSON.stringify(trailer)], false);
  stats.totalMs = elapsed() - started;
  return stats;
}

/** The snapshot in `bytes`, if it is whole, unchanged and made under `key`; throws saying why not. */
function parseSnapshot(bytes: Buffer, key: string): LoadedSnapshot {
  const trailerStart = bytes.lastIndexOf(10, bytes.length - 2) + 1;
  if (bytes.at(-1) !== 10 || trailerStart === 0) throw new Error('it is incomplete');
  const trailer = JSON.parse(bytes.toString('utf8', trailerStart, bytes.length - 1)) as Trailer;
  const body = bytes.subarray(0, trailerStart);
  if (crc32(body) !== trailer.crc32) throw new Error('its checksum does not match');
  const lines: Buffer[] = [];
  for (let start = 0, end = body.indexOf(10); end >= 0; start = end + 1, end = body.indexOf(10, start)) lines.push(body.subarray(start, end));
  const header = JSON.parse(lines[0]!.toString()) as Header;
  if (header.format !== FORMAT || header.key !== key) throw new Error(`it was made by other code or for another catalog (${header.key})`);
  if (lines.length !== trailer.end || header.parts.reduce((sum, [, count]) => sum + count, 1) !== lines.length) throw new Error('its parts do not add up');
  const parts = new Map<string, Buffer[]>();
  let next = 1;
  for (const [name, count] of header.parts) {
    parts.set(name, lines.slice(next, next + count));
    next += count;
  }
  return { head: { seq: header.seq, hash: header.hash }, parts };
}
