// `npm start`: build the pages and widgets when the build is missing or older than the sources, then serve.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SOURCES = ['web', 'widgets', 'shared', 'svelte.config.js', 'vite.config.ts', 'package-lock.json'];
const STAMP = 'build/web/handler.js';

function newestMtime(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), stat.mtimeMs);
}

const stale =
  !existsSync(STAMP) ||
  !existsSync('build/widgets/suara.js') ||
  SOURCES.some((source) => existsSync(source) && newestMtime(source) > statSync(STAMP).mtimeMs);

if (stale) {
  // The build's own output (plugin timings, chunk notes) goes to a log, shown only when the build fails.
  const log = 'build/build.log';
  mkdirSync('build', { recursive: true });
  console.log(`Membangun halaman dan widget (sekali saja) / building pages and widgets… (log: ${log})`);
  const output = openSync(log, 'w');
  const build = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', output, output] });
  if (build.status !== 0) {
    process.stderr.write(readFileSync(log));
    process.exit(build.status ?? 1);
  }
}

const server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
