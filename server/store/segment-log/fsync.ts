import { open } from 'node:fs/promises';

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
