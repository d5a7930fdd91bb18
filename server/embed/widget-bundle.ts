import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';

/** One built widget file, held in memory with its content hash and a gzipped copy. */
export type WidgetFile = { name: string; hashedName: string; body: Buffer; gzipped: Buffer; etag: string };

/**
 * The version tag in a widget file's immutable name (`suara.<hash>.js`). The widget build uses it too: the entry
 * loads its second file by this name, so both sides must compute it the same way.
 */
export function contentHash(body: Buffer): string {
  return createHash('sha256').update(body).digest('base64url').slice(0, 10);
}

/** Reads the widget bundle once at start; absent files are skipped so the API still runs without a build. */
export async function loadWidgetFiles(dir: string, names: readonly string[]): Promise<WidgetFile[]> {
  const files: WidgetFile[] = [];
  for (const name of names) {
    const body = await readFile(`${dir}/${name}`).catch(() => undefined);
    if (!body) continue;
    const hash = contentHash(body);
    files.push({
      name,
      hashedName: name.replace(/\.js$/, `.${hash}.js`),
      body,
      gzipped: gzipSync(body, { level: 9 }),
      etag: `"${hash}"`
    });
  }
  return files;
}
