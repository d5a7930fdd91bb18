import { createHash } from 'node:crypto';

/** The name of a stored file: the SHA-256 of its bytes, lower-case hex. */
export const FILE_ID = /^[0-9a-f]{64}$/;

/** The SHA-256 of `bytes` as lower-case hex: a stored file's id. */
export function fileId(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Files complaints carry (photos, documents), content-addressed: the same bytes are stored once, under
 * their SHA-256, and never change. An event in the log names the file; the file is written first, so an
 * event never names a file that is not there (a file without an event is only disk space: docs/operations.md).
 */
export interface FileStore {
  /** Stores `bytes` durably and resolves with their id; storing the same bytes again changes nothing. */
  put(bytes: Uint8Array): Promise<string>;
  /** The bytes stored under `id`, or undefined. */
  get(id: string): Promise<Buffer | undefined>;
  /** Removes the file stored under `id` (an erased complaint's, or an orphan's); nothing when there is none. */
  delete(id: string): Promise<void>;
  /**
   * Every stored file with when it was stored (epoch ms), for the start-up sweep of files no event names
   * (server/services/attachments/sweep-orphans.ts). A store without it is not swept.
   */
  list?(): Promise<StoredFile[]>;
}

/** A stored file's id and when it was stored. */
export type StoredFile = { id: string; storedAt: number };

/** Files held in memory, for tests and the memory store; `now` dates what is stored (the injected clock). */
export function memoryFiles(now: () => number = Date.now): FileStore {
  const files = new Map<string, { bytes: Buffer; storedAt: number }>();
  return {
    async put(bytes) {
      const id = fileId(bytes);
      if (!files.has(id)) files.set(id, { bytes: Buffer.from(bytes), storedAt: now() });
      return id;
    },
    async get(id) {
      return files.get(id)?.bytes;
    },
    async delete(id) {
      files.delete(id);
    },
    async list() {
      return [...files].map(([id, { storedAt }]) => ({ id, storedAt }));
    }
  };
}
