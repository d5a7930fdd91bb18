import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { VIEW_SOURCES, viewCodeFingerprint } from '../server/snapshot/view-code.ts';
import { buildServer } from './build-server.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const temps: string[] = [];
const temp = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'suara-build-'));
  temps.push(dir);
  return dir;
};
afterEach(async () => {
  await Promise.all(temps.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('the compiled server', () => {
  it('carries the fingerprint of the view code it was built from, and no TypeScript loader', async () => {
    const outdir = await temp();
    await buildServer({ outdir });
    const files = await readdir(outdir);
    expect(files).toEqual(expect.arrayContaining(['main.js', 'main.js.map', 'admin.js', 'import.js']));
    const code = (await Promise.all(files.filter((name) => name.endsWith('.js')).map((name) => readFile(join(outdir, name), 'utf8')))).join('\n');
    expect(code).toContain(JSON.stringify(viewCodeFingerprint(ROOT)));
    expect(code).not.toMatch(/__SUARA_VIEW_CODE__|from "tsx|__name\(/);
  }, 60_000);

  it('gets another fingerprint when any view source changes', async () => {
    const root = await temp();
    for (const source of VIEW_SOURCES) await cp(join(ROOT, source), join(root, source), { recursive: true });
    const before = viewCodeFingerprint(root);
    expect(before).toBe(viewCodeFingerprint(ROOT));
    for (const source of VIEW_SOURCES) {
      const file = source.endsWith('.ts') ? join(root, source) : join(root, source, 'ratings.ts');
      const text = await readFile(file, 'utf8');
      await writeFile(file, `${text}\n// changed\n`);
      expect(viewCodeFingerprint(root)).not.toBe(before);
      await writeFile(file, text);
    }
    expect(viewCodeFingerprint(root)).toBe(before);
  });
});
