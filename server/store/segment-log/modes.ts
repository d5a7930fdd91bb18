import { chmod, mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** DATA_DIR holds password hashes and complainants' contacts: only its owner may read it. */
export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/**
 * Creates `dir` readable by its owner only, and makes what an older version left there so too
 * (folders 0700, files 0600, one level of folders deep: events/). Windows has no such modes; chmod is a no-op there.
 */
export async function makePrivateDir(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  await chmod(dir, PRIVATE_DIR_MODE);
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isFile()) await chmod(path, PRIVATE_FILE_MODE);
    if (!entry.isDirectory()) continue;
    await chmod(path, PRIVATE_DIR_MODE);
    for (const inner of await readdir(path, { withFileTypes: true })) {
      if (inner.isFile()) await chmod(join(path, inner.name), PRIVATE_FILE_MODE);
    }
  }
}
