import { open, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { PRIVATE_FILE_MODE } from './modes.ts';

/** fsyncs a file or a directory (a directory's fsync makes the names created in it durable). */
export async function fsyncPath(path: string, { directory = false } = {}): Promise<void> {
  // Windows cannot open a directory, and does not need it: its renames and creations are journaled.
  if (directory && process.platform === 'win32') return;
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Writes `data` to `path`, owner-only, so that a crash at any moment leaves the old file or the new one: written
 * beside it, fsync'd, renamed over, and the rename made durable. Callers never write one path twice at once.
 */
export async function writeDurably(path: string, data: string | Uint8Array): Promise<void> {
  const temp = `${path}.tmp`;
  try {
    await writeFile(temp, data, { mode: PRIVATE_FILE_MODE });
    await fsyncPath(temp);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await fsyncPath(dirname(path), { directory: true });
}

/** A catch handler for a file or folder that may not exist yet: missing gives `fallback`, any other error is thrown. */
export function ifMissing<T>(fallback: T): (error: NodeJS.ErrnoException) => T {
  return (error) => {
    if (error.code === 'ENOENT') return fallback;
    throw error;
  };
}
