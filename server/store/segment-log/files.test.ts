import { mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fileId } from '../files.ts';
import { diskFiles } from './files.ts';

describe('files on disk', () => {
  let dir: string;
  beforeEach(async () => void (dir = await mkdtemp(join(tmpdir(), 'suara-files-'))));
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('deletes a file by its id, and deleting it again or an unknown id changes nothing', async () => {
    const files = diskFiles(join(dir, 'attachments'));
    const kept = await files.put(Buffer.from('tetap'));
    const gone = await files.put(Buffer.from('hapus'));
    await files.delete(gone);
    await files.delete(gone);
    await files.delete('../../etc/passwd');
    expect(await files.get(gone)).toBeUndefined();
    expect(await files.get(kept)).toEqual(Buffer.from('tetap'));
    expect(await readdir(join(dir, 'attachments'))).toEqual([kept]);
  });

  it('lists every stored file with its time, and a write a crash left half done', async () => {
    const files = diskFiles(join(dir, 'attachments'));
    expect(await files.list!()).toEqual([]);
    const id = await files.put(Buffer.from('foto'));
    const leftover = `.${fileId(Buffer.from('lain'))}.0123456789ab.tmp`;
    await writeFile(join(dir, 'attachments', leftover), 'setengah');
    await utimes(join(dir, 'attachments', id), 1_000, 1_000);
    await writeFile(join(dir, 'attachments', 'README'), 'not a file of ours');
    const listed = await files.list!();
    expect(listed.map((file) => file.id).sort()).toEqual([leftover, id].sort());
    expect(listed.find((file) => file.id === id)!.storedAt).toBe(1_000_000);
    await files.delete(leftover);
    expect((await files.list!()).map((file) => file.id)).toEqual([id]);
  });
});
