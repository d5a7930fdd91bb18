import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DataDirLocked, LOCK_FILE, lockDataDir } from './lock.ts';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** A separate process that takes the lock, says so, and waits to be killed. */
function holder(dir: string): Promise<{ pid: number; kill(): Promise<void> }> {
  const script = `const { lockDataDir } = await import('./server/store/segment-log/lock.ts'); await lockDataDir(${JSON.stringify(dir)}, 'test holder'); console.log('held'); setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`holder exited with ${code}`)));
    child.stdout.once('data', () =>
      resolve({
        pid: child.pid!,
        kill: async () => {
          child.kill('SIGKILL');
          await exited;
        }
      })
    );
  });
}

describe('the DATA_DIR lock', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'suara-lock-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('lets one holder in and stops a second at once, naming the first (pid, host, start, command)', async () => {
    const first = await lockDataDir(dir, 'server (npm start)');
    const second = lockDataDir(dir, 'npm run admin');
    await expect(second).rejects.toBeInstanceOf(DataDirLocked);
    await expect(second).rejects.toThrow(`pid ${process.pid} on ${hostname()} since ${first.holder.startedAt} (server (npm start))`);
    expect((await stat(join(dir, LOCK_FILE))).mode & 0o777).toBe(0o600);
    await first.release();
    const again = await lockDataDir(dir, 'npm run admin');
    await again.release();
  });

  it('takes over the lock of a holder killed with SIGKILL', { timeout: 30_000 }, async () => {
    const held = await holder(dir);
    await expect(lockDataDir(dir, 'server')).rejects.toThrow(`pid ${held.pid} on ${hostname()}`);
    await held.kill();
    const taken = await lockDataDir(dir, 'server');
    expect(JSON.parse(await readFile(join(dir, LOCK_FILE), 'utf8'))).toMatchObject({ pid: process.pid, command: 'server' });
    await taken.release();
  });

  it('never takes over a lock from another host, and says how to remove it', async () => {
    await writeFile(join(dir, LOCK_FILE), JSON.stringify({ pid: 1, host: 'other-machine', startedAt: '2026-01-01T00:00:00.000Z', command: 'server' }));
    await expect(lockDataDir(dir, 'server')).rejects.toThrow(/pid 1 on other-machine since 2026-01-01T00:00:00.000Z \(server\).*delete .*suara\.lock/);
  });

  it('takes over a lock whose pid now belongs to a process started later (pid reuse)', async () => {
    await writeFile(join(dir, LOCK_FILE), JSON.stringify({ pid: process.pid, host: hostname(), startedAt: '2026-01-01T00:00:00.000Z', command: 'server', processStart: '1' }));
    const taken = await lockDataDir(dir, 'server');
    await taken.release();
  });

  it('releases only its own lock', async () => {
    const mine = await lockDataDir(dir, 'server');
    const other = { pid: 1, host: 'other-machine', startedAt: '2026-01-01T00:00:00.000Z', command: 'server' };
    await writeFile(join(dir, LOCK_FILE), JSON.stringify(other));
    await mine.release();
    expect(JSON.parse(await readFile(join(dir, LOCK_FILE), 'utf8'))).toEqual(other);
  });
});
