// The scripts' way to DATA_DIR: the store itself when nobody holds it, or else the server that does, through
// its /api/v1/admin/… routes with the token it wrote to DATA_DIR/cli-token (docs/operations.md,
// "The command line and a running server"). Never both: the lock allows one writer.
import { hostname } from 'node:os';
import type { Config } from '../server/env.ts';
import { readCliToken } from '../server/security/cli-token.ts';
import { openStore, type OpenedStore } from '../server/store/open-store.ts';
import { DataDirLocked } from '../server/store/segment-log/lock.ts';
import { FormatTooNew } from '../server/store/segment-log/migrations/index.ts';

export type RunningServer = { url: string; request(path: string, init?: RequestInit): Promise<Response> };

/**
 * The store of DATA_DIR (holding its lock), or the running server holding it; anything else is said and exits 1.
 * On PostgreSQL (DATABASE_URL) the store itself: many processes share it, no server stands in the way.
 */
export async function openStoreOrServer(config: Config, command: string): Promise<{ store: OpenedStore } | { server: RunningServer }> {
  try {
    return { store: await openStore({ dataDir: config.dataDir, databaseUrl: config.databaseUrl, command }) };
  } catch (error) {
    if (error instanceof FormatTooNew) exitWith(error.message);
    if (!(error instanceof DataDirLocked)) throw error;
    return { server: await serverOrExit(config, error) };
  }
}

/** The running server holding DATA_DIR's lock; when it is anything else, the holder is named and exit 1. */
export async function serverOrExit(config: Config, locked: DataDirLocked): Promise<RunningServer> {
  return (await runningServer(config, locked)) ?? exitWith(locked.message);
}

/** The server holding the lock, when it is one on this machine and left its token. */
async function runningServer(config: Config, locked: DataDirLocked): Promise<RunningServer | undefined> {
  if (!locked.holder?.command.startsWith('server') || locked.holder.host !== hostname()) return undefined;
  const token = await readCliToken(config.dataDir);
  if (!token) return undefined;
  // The server listens on HOST:PORT; "every interface" is reached on loopback.
  const host = ['0.0.0.0', '::', ''].includes(config.host) ? '127.0.0.1' : config.host.includes(':') ? `[${config.host}]` : config.host;
  const url = `http://${host}:${config.port}`;
  return {
    url,
    request: (path, init = {}) =>
      fetch(`${url}${path}`, { ...init, headers: { ...(init.headers as Record<string, string>), authorization: `Bearer ${token}` } }).catch((error: Error) =>
        exitWith(`${locked.message}\nServer tidak terjangkau / cannot reach the server at ${url} (${error.message}); jalankan dengan PORT dan HOST yang sama / run with the server's PORT and HOST`)
      )
  };
}

/** The answer, or its problem (title: detail) said and exit 1. */
export async function okOrExit(res: Response): Promise<Response> {
  if (res.ok) return res;
  const problem = (await res.json().catch(() => ({}))) as { title?: string; detail?: string; errors?: { field: string; message: string }[] };
  const detail = problem.errors?.map((e) => `${e.field}: ${e.message}`).join('\n  ') ?? problem.detail ?? '';
  return exitWith(`${problem.title ?? res.status}: ${detail}`);
}

function exitWith(message: string): never {
  console.error(message);
  process.exit(1);
}
