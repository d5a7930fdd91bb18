// `npm run build:server`: the server, and the operators' tools, compiled to plain JavaScript in build/server,
// so `npm start` runs them with `node` alone: no TypeScript loader, nothing of the dev dependencies.
import { cp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { viewCodeFingerprint } from '../server/snapshot/view-code.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The programs in build/server: the server, and the tools an operator runs beside it (README, "Production"). */
export const SERVER_ENTRIES = {
  main: 'server/main.ts',
  admin: 'scripts/admin.ts',
  import: 'scripts/import.ts',
  verify: 'scripts/verify.ts',
  backup: 'scripts/backup.ts',
  restore: 'scripts/restore.ts'
};

/**
 * Compiles SERVER_ENTRIES into `outdir` as ES modules sharing chunks. Packages stay imports (node_modules
 * is there at run time); names are not kept (`keepNames` wraps every function, a cost on each call); source
 * maps go beside, for stack traces under `--enable-source-maps`. The view code's fingerprint is taken now,
 * from the sources, and written in: the snapshot key (server/snapshot/key.ts) cannot read them at run time.
 */
export async function buildServer({ root = ROOT, outdir = join(ROOT, 'build/server') }: { root?: string; outdir?: string } = {}): Promise<void> {
  await rm(outdir, { recursive: true, force: true });
  await build({
    absWorkingDir: root,
    entryPoints: SERVER_ENTRIES,
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    keepNames: false,
    logLevel: 'warning',
    define: { __SUARA_VIEW_CODE__: JSON.stringify(viewCodeFingerprint(root)) }
  });
  // The PostgreSQL schema's migrations are read at run time beside the chunk that applies them (server/store/postgres/migrate.ts).
  await cp(join(root, 'server/store/postgres/migrations'), join(outdir, 'migrations'), { recursive: true });
  // The public record's verifier: one file anyone can download and run with Node alone (docs/public-record.md).
  await build({
    absWorkingDir: root,
    entryPoints: ['scripts/verify-public.ts'],
    outfile: join(outdir, 'verify.mjs'),
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node18',
    logLevel: 'warning',
    banner: { js: '#!/usr/bin/env node\n// Suara Layanan: verifies a public record. Usage: node verify.mjs https://server [--key PUBLIC_KEY]' }
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = performance.now();
  await buildServer();
  console.log(`build/server: ${Math.round(performance.now() - started)} ms`);
}
