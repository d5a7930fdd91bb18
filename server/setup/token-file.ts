import { randomBytes } from 'node:crypto';
import { readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PRIVATE_FILE_MODE } from '../store/segment-log/modes.ts';

/** The first run's one-time token, beside the data (docs/operations.md, "First run"). */
export const SETUP_TOKEN_FILE = 'setup-token';

export type SetupGate = {
  /** The token that opens /siapkan, or undefined once used (or never needed). */
  token(): string | undefined;
  /** Voids the token: forgotten in memory and its file removed. */
  consume(): Promise<void>;
};

/**
 * The token of a DATA_DIR without any staff account: the one in the file if a previous start left one
 * (so a restart does not void the link already logged), else a new one, written with mode 0600.
 */
export async function openSetupGate(dataDir: string): Promise<SetupGate> {
  const path = join(dataDir, SETUP_TOKEN_FILE);
  let token: string | undefined = await readFile(path, 'utf8').then(
    (text) => text.trim() || undefined,
    () => undefined
  );
  if (!token) {
    token = randomBytes(24).toString('base64url');
    await writeFile(path, `${token}\n`, { mode: PRIVATE_FILE_MODE });
  }
  return {
    token: () => token,
    async consume() {
      token = undefined;
      await unlink(path).catch(() => {});
    }
  };
}

/** A gate that never opens: the installation has its first admin (or runs the demo). */
export const CLOSED_SETUP_GATE: SetupGate = { token: () => undefined, consume: async () => {} };
