// `npm start`: build the pages, widgets and server when the build is missing or older than the sources, then
// serve the compiled server with plain node (README, "Production").
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SOURCES = ['web', 'widgets', 'shared', 'server', 'scripts/build-server.ts', 'scripts/admin.ts', 'scripts/import.ts', 'svelte.config.js', 'vite.config.ts', 'package-lock.json'];
const BUILT = ['build/web/handler.js', 'build/widgets/suara.js', 'build/server/main.js'];

function newestMtime(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), stat.mtimeMs);
}

// The oldest of the outputs: a build that stopped half-way counts as stale.
const builtAt = BUILT.every((path) => existsSync(path)) ? Math.min(...BUILT.map((path) => statSync(path).mtimeMs)) : 0;
const stale = builtAt === 0 || SOURCES.some((source) => existsSync(source) && newestMtime(source) > builtAt);

if (stale) {
  console.log('Membangun halaman, widget dan server / building pages, widgets and server…');
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = spawn(process.execPath, ['--enable-source-maps', 'build/server/main.js'], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
