import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The server key's file in DATA_DIR. */
export const SERVER_KEY_FILE = 'server.key';

/**
 * The server's own secret in DATA_DIR, made on the first start (32 random bytes, readable by the owner only).
 * Complaint secrets of keyed submissions are derived from it (./index.ts), so it must outlive restarts; losing
 * it only means that a repeat of such a submission can no longer show its secret again.
 */
export async function loadServerKey(dataDir: string): Promise<Buffer> {
  const path = join(dataDir, SERVER_KEY_FILE);
  const existing = await readFile(path).catch(() => undefined);
  if (existing?.length === 32) return existing;
  const key = randomBytes(32);
  await writeFile(path, key, { mode: 0o600 });
  return key;
}
