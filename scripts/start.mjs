// `npm start`: build the pages, widgets and server when the build is missing or older than the sources, then
// serve the compiled server with plain node (README, "Production").
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SOURCES = [
  'web',
  'widgets',
  'shared',
  'server',
  'scripts/build-server.ts',
  'scripts/admin.ts',
  'scripts/import.ts',
  'scripts/verify.ts',
  'svelte.config.js',
  'vite.config.ts',
  'package-lock.json'
];
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
  // The build's own output (plugin timings, chunk notes) goes to a log, shown only when the build fails.
  const log = 'build/build.log';
  mkdirSync('build', { recursive: true });
  console.log(`Membangun halaman, widget dan server (sekali saja) / building pages, widgets and server… (log: ${log})`);
  const output = openSync(log, 'w');
  const build = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', output, output] });
  if (build.status !== 0) {
    process.stderr.write(readFileSync(log));
    process.exit(build.status ?? 1);
  }
}

const server = spawn(process.execPath, ['--enable-source-maps', 'build/server/main.js'], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
