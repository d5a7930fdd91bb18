import { randomBytes } from 'node:crypto';
import { readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FILE_ID, fileId, type FileStore } from '../files.ts';
import { fsyncPath, ifMissing } from './fsync.ts';
import { makePrivateDir, PRIVATE_FILE_MODE } from './modes.ts';

/** Where a segment-log store keeps its files: DATA_DIR/attachments/<sha256>. */
export const FILES_DIR = 'attachments';

/**
 * Files under `dir` (DATA_DIR/attachments), one per SHA-256. A file is written under a temporary name, fsync'd and
 * renamed, and the folder fsync'd: a crash leaves the whole file or none of it, never a torn one under its id.
 */
export function diskFiles(dir: string): FileStore {
  let made: Promise<void> | undefined;
  return {
    async put(bytes) {
      const id = fileId(bytes);
      const path = join(dir, id);
      if (await exists(path)) return id;
      await (made ??= makePrivateDir(dir));
      const temporary = join(dir, `.${id}.${randomBytes(6).toString('hex')}.tmp`);
      try {
        await writeFile(temporary, bytes, { mode: PRIVATE_FILE_MODE, flag: 'wx' });
        await fsyncPath(temporary);
        await rename(temporary, path);
      } catch (error) {
        await rm(temporary, { force: true });
        throw error;
      }
      await fsyncPath(dir, { directory: true });
      return id;
    },
    async get(id) {
      if (!FILE_ID.test(id)) return undefined;
      return readFile(join(dir, id)).catch(ifMissing(undefined));
    },
    async delete(id) {
      if (!FILE_ID.test(id) && !TEMPORARY.test(id)) return;
      await rm(join(dir, id), { force: true });
      await fsyncPath(dir, { directory: true }).catch(ifMissing(undefined));
    },
    async list() {
      const names = await readdir(dir).catch(ifMissing([]));
      // A temporary file is a write that never finished (a crash before its rename): swept like an orphan.
      return Promise.all(names.filter((name) => FILE_ID.test(name) || TEMPORARY.test(name)).map(async (name) => ({ id: name, storedAt: (await stat(join(dir, name))).mtimeMs })));
    }
  };
}

const TEMPORARY = /^\.[0-9a-f]{64}\.[0-9a-f]{12}\.tmp$/;

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false
  );
}
