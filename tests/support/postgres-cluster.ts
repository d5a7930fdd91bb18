import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { chown, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { freePort } from '../e2e/support/server.js';

/**
 * A throwaway PostgreSQL cluster for one test file: initdb in a mkdtemp folder, pg_ctl on a free port
 * (127.0.0.1 and a socket in that folder), one fresh database per test, everything stopped and removed by
 * `stop()` (and at process exit, if a test run dies before its afterAll).
 *
 *   const cluster = await startPostgresCluster();   // beforeAll
 *   const url = await cluster.createDatabase();      // each test: postgres://postgres@127.0.0.1:port/t_…
 *   await cluster.stop();                            // afterAll
 */
export type PostgresCluster = {
  /** Connection URL for a database of this cluster (default: the `postgres` maintenance database). */
  url(database?: string): string;
  /** Creates an empty database `t_<random>` and returns its URL. */
  createDatabase(): Promise<string>;
  /** Stops the server (immediate mode) and removes its folder. Safe to call twice. */
  stop(): Promise<void>;
  port: number;
  /** The cluster's temp folder (data directory in `data/`, server log in `server.log`). */
  dir: string;
};

const installCommand = 'apt-get install -y postgresql';

/** initdb and pg_ctl: on PATH, else the newest Debian `/usr/lib/postgresql/<version>/bin`; undefined if absent. */
function findBinDir(): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    if (dir && existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'))) return dir;
  }
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length ? join(root, versions[0]!, 'bin') : undefined;
}

/** Finds PostgreSQL's server programs, installing Debian's `postgresql` when root (as the test script does). */
function requireBinDir(): string {
  const found = findBinDir();
  if (found) return found;
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) {
    throw new Error(`The PostgreSQL tests need PostgreSQL's server programs (initdb, pg_ctl). Install them with:\n  sudo ${installCommand}`);
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { env, stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'postgresql'], { env, stdio: 'inherit' });
  const installed = findBinDir();
  if (!installed) throw new Error(`apt-get installed postgresql but initdb was not found; run: ${installCommand}`);
  return installed;
}

/** initdb refuses to run as root: as root, the cluster belongs to the `postgres` user and its programs run as it. */
function asClusterOwner(program: string, args: string[]): [string, string[]] {
  return process.getuid?.() === 0 ? ['runuser', ['-u', 'postgres', '--', program, ...args]] : [program, args];
}

function run(program: string, args: string[]): void {
  const [command, commandArgs] = asClusterOwner(program, args);
  const result = spawnSync(command, commandArgs, { encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`${program} ${args.join(' ')} failed (${result.status ?? result.signal}):\n${result.stdout}${result.stderr}`);
  }
}

function ownerIds(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const [uid, gid] = ['-u', '-g'].map((flag) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim()));
  return { uid: uid!, gid: gid! };
}

export async function startPostgresCluster(): Promise<PostgresCluster> {
  const bin = requireBinDir();
  const dir = await mkdtemp(join(tmpdir(), 'suara-pg-'));
  const owner = ownerIds();
  if (owner) await chown(dir, owner.uid, owner.gid);
  const dataDir = join(dir, 'data');
  const logFile = join(dir, 'server.log');
  run(join(bin, 'initdb'), ['-D', dataDir, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--no-locale', '--no-sync']);

  const pgCtlStop = () => spawnSync(...asClusterOwner(join(bin, 'pg_ctl'), ['stop', '-D', dataDir, '-m', 'immediate', '-s']));
  // A run that dies before afterAll must not leave a server behind: stop it synchronously at exit.
  const onExit = () => {
    if (existsSync(join(dataDir, 'postmaster.pid'))) pgCtlStop();
    spawnSync('rm', ['-rf', dir]);
  };
  process.once('exit', onExit);

  // Another process may take the free port between asking and listening: try a few ports.
  let port = 0;
  for (let attempt = 1; ; attempt++) {
    port = await freePort();
    const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=on -c max_connections=200`;
    try {
      run(join(bin, 'pg_ctl'), ['start', '-D', dataDir, '-l', logFile, '-w', '-t', '120', '-s', '-o', options]);
      break;
    } catch (error) {
      const log = existsSync(logFile) ? readFileSync(logFile, 'utf8') : '';
      if (attempt >= 3 || !/could not (bind|create)|address already in use/i.test(log)) {
        onExit();
        process.off('exit', onExit);
        throw new Error(`${(error as Error).message}\n${log}`, { cause: error });
      }
    }
  }

  const url = (database = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${database}`;
  const admin = postgres(url(), { max: 1, onnotice: () => {} });
  let stopped = false;
  return {
    port,
    dir,
    url,
    async createDatabase() {
      const name = `t_${randomBytes(6).toString('hex')}`;
      await admin.unsafe(`create database ${name}`);
      return url(name);
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      await admin.end({ timeout: 1 }).catch(() => {});
      pgCtlStop();
      await rm(dir, { recursive: true, force: true });
      process.off('exit', onExit);
    }
  };
}
