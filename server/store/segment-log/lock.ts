/*
 * One writer per DATA_DIR: the lock file `DATA_DIR/suara.lock`, holding who took it (docs/operations.md,
 * "Storage integrity"). It is made whole in a temp file and hard-linked into place, so it appears
 * atomically and complete (link fails when the name exists, like O_EXCL, and nobody ever reads half
 * a lock). A lock whose process is gone (same host, pid not alive, or alive since another boot or
 * start) is stale and taken over. A lock from another host is never taken over: its process cannot
 * be checked from here. A pid file rather than a time-based lock (proper-lockfile): a SIGKILLed
 * holder is known dead at once, and a busy event loop can never make a live holder look stale.
 */
import { hostname } from 'node:os';
import { link, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const LOCK_FILE = 'suara.lock';

/** Who holds a DATA_DIR. */
export type LockHolder = { pid: number; host: string; startedAt: string; command: string; bootId?: string; processStart?: string };

/** Another live process holds the DATA_DIR; the message names it. */
export class DataDirLocked extends Error {
  constructor(
    readonly dir: string,
    readonly holder: LockHolder | undefined
  ) {
    super(
      holder
        ? `DATA_DIR ${dir} sedang dipakai / is in use by pid ${holder.pid} on ${holder.host} since ${holder.startedAt} (${holder.command}). ` +
            `Hentikan proses itu dulu / stop that process first` +
            (holder.host === hostname() ? '.' : `; if it is really gone, delete ${join(dir, LOCK_FILE)}.`)
        : `DATA_DIR ${dir} sedang dipakai / is in use (${join(dir, LOCK_FILE)} is unreadable; delete it if no process uses this DATA_DIR).`
    );
    this.name = 'DataDirLocked';
  }
}

export type DataDirLock = { readonly holder: LockHolder; release(): Promise<void> };

/** Takes the DATA_DIR's lock or throws DataDirLocked naming the holder; `command` says what this process is. */
export async function lockDataDir(dir: string, command: string, log: (line: string) => void = console.log): Promise<DataDirLock> {
  const path = join(dir, LOCK_FILE);
  const me: LockHolder = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString(), command, ...processIdentity(process.pid) };
  const temp = join(dir, `.${LOCK_FILE}.${process.pid}.tmp`);
  await writeFile(temp, JSON.stringify(me) + '\n', { mode: 0o600 });
  try {
    // Twice at most: once as found, once after removing a stale lock (another process may win that race).
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        await link(temp, path);
        return { holder: me, release: () => releaseLock(path, me) };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const found = await readFile(path, 'utf8').catch(() => undefined);
      const holder = found === undefined ? undefined : parseHolder(found);
      if (!holder || !isStale(holder) || !(await removeStale(path, found!, dir))) throw new DataDirLocked(dir, holder);
      log(`Kunci lama diambil alih / stale lock taken over: pid ${holder.pid} (${holder.command}, since ${holder.startedAt}) is no longer running`);
    }
    throw new DataDirLocked(dir, parseHolder(await readFile(path, 'utf8').catch(() => '')));
  } finally {
    await unlink(temp).catch(() => {});
  }
}

/** Releases the lock if it is still this process's (never someone else's). */
async function releaseLock(path: string, me: LockHolder): Promise<void> {
  const found = parseHolder(await readFile(path, 'utf8').catch(() => ''));
  if (found?.pid === me.pid && found.host === me.host && found.startedAt === me.startedAt) await unlink(path).catch(() => {});
}

/**
 * Moves a stale lock aside, and only that one: if another process took the name over in between (it
 * saw the same stale lock and won), what was moved is put back and this process reports it.
 */
async function removeStale(path: string, staleText: string, dir: string): Promise<boolean> {
  const aside = join(dir, `.${LOCK_FILE}.stale.${process.pid}`);
  try {
    await rename(path, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return true; // already removed: try to take it
    throw error;
  }
  const moved = await readFile(aside, 'utf8').catch(() => '');
  if (moved !== staleText) {
    await link(aside, path).catch(() => {});
    await unlink(aside).catch(() => {});
    return false;
  }
  await unlink(aside);
  return true;
}

function parseHolder(text: string): LockHolder | undefined {
  try {
    const holder = JSON.parse(text) as LockHolder;
    return Number.isInteger(holder.pid) && typeof holder.host === 'string' ? holder : undefined;
  } catch {
    return undefined;
  }
}

/** On this host and no longer running: its pid is free, or belongs to a process started later (pid reuse, reboot). */
function isStale(holder: LockHolder): boolean {
  if (holder.host !== hostname()) return false;
  if (!isAlive(holder.pid)) return true;
  const now = processIdentity(holder.pid);
  if (holder.bootId && now.bootId && holder.bootId !== now.bootId) return true;
  return holder.processStart !== undefined && now.processStart !== undefined && holder.processStart !== now.processStart;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // alive, owned by another user
  }
}

/** Linux only: the boot and the process's start time (clock ticks since boot), which tell a reused pid apart. */
function processIdentity(pid: number): { bootId?: string; processStart?: string } {
  try {
    const bootId = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 22 (starttime), counted after the command name, which is in parentheses and may hold spaces.
    const processStart = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
    return { bootId, processStart };
  } catch {
    return {};
  }
}
