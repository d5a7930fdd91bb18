import { mkdir, rm } from 'node:fs/promises';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder where one test file leaves its screenshots and PDFs for a person to look at after the run:
 * `test-results/shots/<file name>/` (git-ignored), emptied when that file starts. Each file has its own, so no
 * file depends on another having made it, and files never overwrite each other's pictures.
 */
export async function shotsFolder(testFileUrl: string): Promise<string> {
  const name = basename(fileURLToPath(testFileUrl)).replace(/\.test\.ts$/, '');
  const folder = fileURLToPath(new URL(`../../../test-results/shots/${name}/`, import.meta.url));
  await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
  return folder;
}
