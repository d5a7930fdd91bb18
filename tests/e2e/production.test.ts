// The production recipe of the README: the build, the package files and only the production dependencies
// (`npm ci --omit=dev`), in a folder of their own, served with plain node. Needs `npm run build` first.
import { execFile } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeDataDir, startServer, type RunningServer } from './support/server.ts';

const run = promisify(execFile);
let folder: string;
let server: RunningServer | undefined;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'suara-production-'));
  for (const path of ['build', 'package.json', 'package-lock.json', 'scripts/start.mjs']) await cp(path, join(folder, path), { recursive: true, preserveTimestamps: true });
  await run('npm', ['ci', '--omit=dev', '--ignore-scripts', '--prefer-offline', '--no-audit', '--no-fund'], { cwd: folder, timeout: 280_000 });
}, 300_000);

afterAll(async () => {
  if (server) {
    await server.stop();
    await removeDataDir(server.dataDir);
  }
  await rm(folder, { recursive: true, force: true });
});

describe('the built server with production dependencies only', () => {
  it('has none of the build and test tools at hand', () => {
    expect(existsSync(join(folder, 'node_modules/hono'))).toBe(true);
    for (const tool of ['tsx', 'esbuild', 'vite', 'typescript', 'vitest', '@sveltejs/kit']) expect(existsSync(join(folder, 'node_modules', tool)), tool).toBe(false);
  });

  it('answers health, takes a rating and renders an office page', async () => {
    server = await startServer({ cwd: folder });
    expect(await (await fetch(`${server.origin}/api/v1/health`)).json()).toMatchObject({ status: 'ok', ready: true });
    const { offices } = await (await fetch(`${server.origin}/api/v1/offices`)).json();
    const officeId: string = offices[0].id;
    const rating = await fetch(`${server.origin}/api/v1/ratings`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ officeId, score: 4, channel: 'web' })
    });
    expect(rating.status).toBe(201);
    expect(await rating.json()).toMatchObject({ id: expect.stringMatching(/^r\d+$/) });
    const page = await fetch(`${server.origin}/kantor/${officeId}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<html');
    // The page's ETag (computed natively in this build, scripts/native-page-etag.ts): a browser's revisit gets a 304.
    const etag = page.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]{16}"$/);
    const again = await fetch(`${server.origin}/kantor/${officeId}`, { headers: { 'If-None-Match': etag! } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
  });
});
