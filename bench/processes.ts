import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { cpuMicros } from './cpu.ts';
import type { LoadResult, LoadSpec } from './load.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export type Running = { origin: string; child: ChildProcess; readyMs: number; output: () => string; stop(): Promise<void> };

/** The server as `npm start` runs it: compiled, with plain node. */
export const SERVER_COMMAND = ['--enable-source-maps', 'build/server/main.js'];

/**
 * Compiles bench/baseline.ts to `outfile` the way the server is compiled (scripts/build-server.ts): the
 * yardstick and the server run the same kind of code, neither through a TypeScript loader.
 */
export async function compileBaseline(outfile: string): Promise<string[]> {
  await build({ absWorkingDir: ROOT, entryPoints: ['bench/baseline.ts'], outfile, bundle: true, format: 'esm', platform: 'node', target: 'node20', packages: 'external', logLevel: 'warning' });
  return [outfile];
}

/**
 * Starts `node <args>` and waits until `probe` answers 200; `readyMs` is the time from spawn to that answer.
 */
export async function startProcess(args: string[], port: number, env: Record<string, string>, probe: string): Promise<Running> {
  const origin = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const name = args.at(-1);
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ORIGIN: origin, ...env },
    stdio: ['ignore', 'pipe', 'pipe']
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited (${child.exitCode}):\n${output}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL'); // never left running behind the error
      throw new Error(`${name} did not answer ${probe} in 180 s:\n${output}`);
    }
    if (
      await fetch(origin + probe).then(
        (r) => r.ok,
        () => false
      )
    )
      break;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return {
    origin,
    child,
    readyMs: Math.round(performance.now() - started),
    output: () => output,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    }
  };
}

/**
 * Waits until `running` spends under 50 ms of CPU in a second, for at most `maxSeconds`: the work a server does
 * by itself after start-up or after a load (the background check of the hash chain, a views snapshot that the
 * writes made due) is over, and the next measure counts only its own requests.
 */
export async function waitUntilIdle(running: Running, maxSeconds = 120): Promise<void> {
  for (let second = 0; second < maxSeconds; second++) {
    const before = cpuMicros(running.child.pid);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const after = cpuMicros(running.child.pid);
    if (before === undefined || after === undefined || after - before < 50_000) return;
  }
}

/** Runs bench/load.ts in its own process and returns its result. */
export function load(spec: LoadSpec): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    // The spec goes in on stdin: a thousand bodies or paths are more than one argument may hold (E2BIG).
    const child = spawn(process.execPath, ['--import', 'tsx', 'bench/load.ts'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] });
    child.stdin.end(JSON.stringify(spec));
    let stdout = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`load generator exited with ${code}`));
      resolve(JSON.parse(stdout.trim().split('\n').at(-1)!) as LoadResult);
    });
  });
}
