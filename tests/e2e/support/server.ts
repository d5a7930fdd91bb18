import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type RunningServer = { origin: string; port: number; dataDir: string; process: ChildProcess; log(): string; stop(): Promise<void>; kill(): Promise<void> };

/** A free port on loopback, asked of the OS. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Starts the real, built server (`build/server/main.js`, as `npm start` runs it: plain node, no TypeScript
 * loader) on a free port. Build first (`npm run build`).
 * Pass `dataDir` to restart on the same data; by default a fresh temp dir with demo data. `cwd`: a folder
 * holding a build/ and its node_modules other than this checkout's (the production test).
 */
export async function startServer(options: { dataDir?: string; demo?: boolean; env?: Record<string, string>; cwd?: string } = {}): Promise<RunningServer> {
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'suara-e2e-')));
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['--enable-source-maps', 'build/server/main.js'], {
    cwd: options.cwd,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ORIGIN: origin, DATA_DIR: dataDir, SUARA_DEMO: options.demo === false ? '0' : '1', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe']
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${output}`);
    const up = await fetch(`${origin}/api/v1/health`).then(
      (r) => r.ok,
      () => false
    );
    if (up) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  if (Date.now() >= deadline) throw new Error(`server did not start in 60 s:\n${output}`);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    origin,
    port,
    dataDir,
    process: child,
    log: () => output,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
    async kill() {
      if (child.exitCode === null) child.kill('SIGKILL');
      await exited;
    }
  };
}

/** Removes a temp data dir made by startServer. */
export async function removeDataDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

/** Files a plain public complaint at `officeId` through the API and returns its tracking code. */
export async function fileComplaint(origin: string, officeId: string): Promise<string> {
  const filed = await fetch(`${origin}/api/v1/complaints`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ officeId, category: 'informasi', description: 'Jadwal layanan tidak diumumkan di papan.' })
  });
  return (await filed.json()).trackingCode;
}
