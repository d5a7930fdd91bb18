// `npm start`: build the pages and widgets when the build is missing or older than the sources, then serve.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
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
  console.log('Membangun halaman dan widget (sekali saja) / building pages and widgets…');
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
