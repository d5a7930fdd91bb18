/*
 * How the command line talks to a running server (docs/operations.md, "The command line and a running
 * server"). The server holds DATA_DIR's lock, so a script cannot open the store beside it; it asks the
 * server instead, over /api/v1/admin/…, with the bearer token the server writes at start to
 * DATA_DIR/cli-token (0600). Whoever can read that file can read the whole DATA_DIR anyway, so the token
 * grants nothing new; a new one is made at every start, so a copied token dies with the process.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { chmod, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { MiddlewareHandler } from 'hono';
import { problem } from '../middleware/problem/index.ts';

export const CLI_TOKEN_FILE = 'cli-token';

/** Makes a new token and writes it to DATA_DIR/cli-token, readable by the owner only. */
export async function writeCliToken(dataDir: string): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const path = join(dataDir, CLI_TOKEN_FILE);
  await writeFile(path, `${token}\n`, { mode: 0o600 });
  await chmod(path, 0o600); // an older file keeps its mode through writeFile
  return token;
}

/** The token of the server running on `dataDir`, or undefined when it has none (no server started there). */
export async function readCliToken(dataDir: string): Promise<string | undefined> {
  const text = await readFile(join(dataDir, CLI_TOKEN_FILE), 'utf8').catch(() => undefined);
  return text?.trim() || undefined;
}

/** Removes the token at shutdown, so no script mistakes a stopped server for a running one. */
export async function removeCliToken(dataDir: string): Promise<void> {
  await rm(join(dataDir, CLI_TOKEN_FILE), { force: true });
}

/** Lets through only requests bearing `token`; everything else is 401 problem+json. */
export function cliTokenGuard(token: string): MiddlewareHandler {
  const expected = Buffer.from(token);
  return async function requireCliToken(c, next) {
    const given = Buffer.from(/^Bearer (\S+)$/.exec(c.req.header('authorization') ?? '')?.[1] ?? '');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      c.header('WWW-Authenticate', 'Bearer');
      return problem(c, { title: 'Unauthorized', status: 401, detail: `Perlu token baris perintah / the command-line token is required (DATA_DIR/${CLI_TOKEN_FILE})` });
    }
    await next();
  };
}
