// `npm run backup -- FILE`: a consistent archive of DATA_DIR (the catalog and the event log up to one committed
// head) in FILE, a tar file. With the server running it comes through the server (it holds DATA_DIR's lock);
// without, from DATA_DIR directly, holding the lock. See docs/operations.md, "Backup and restore".
import { createWriteStream } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream } from 'node:stream/web';
import { parseArgs } from 'node:util';
import { parseEnv } from '../server/env.ts';
import { filesOnly } from '../server/store/open-store.ts';
import { fsyncPath } from '../server/store/segment-log/fsync.ts';
import { backupStore } from '../server/store/segment-log/backup.ts';
import { okOrExit, openStoreOrServer } from './running-server.ts';

const { positionals } = parseArgs({ allowPositionals: true });
const [file] = positionals;
if (!file) {
  console.error('Pakai / usage: npm run backup -- FILE.tar');
  process.exit(2);
}
const config = parseEnv(process.env);
if (config.databaseUrl) {
  console.error(filesOnly('npm run backup'));
  process.exit(2);
}
const started = performance.now();
const target = await openStoreOrServer(config, 'npm run backup');
// Written beside FILE and renamed when whole: FILE is a complete backup or not there.
const partial = `${file}.partial`;
let head: string;
try {
  if ('server' in target) {
    const res = await okOrExit(await target.server.request('/api/v1/admin/backup'));
    head = res.headers.get('suara-backup-head') ?? '?';
    await pipeline(Readable.fromWeb(res.body as ReadableStream), createWriteStream(partial, { mode: 0o600 }));
  } else {
    const { manifest, archive } = backupStore({ dir: config.dataDir, store: target.store });
    head = `${manifest.head.seq} ${manifest.head.hash}`;
    await pipeline(archive, createWriteStream(partial, { mode: 0o600 }));
  }
  await fsyncPath(partial);
  await rename(partial, file);
} catch (error) {
  await rm(partial, { force: true });
  console.error(`Cadangan gagal / backup failed: ${(error as Error).message}`);
  process.exit(1);
} finally {
  if ('store' in target) await target.store.close();
}
const [seq, hash] = head.split(' ');
console.log(
  `ok: ${file} (${(await stat(file)).size} byte), kejadian/events 1…${seq}, head ${hash}, ` +
    `${'server' in target ? `lewat server / through the server at ${target.server.url}` : `dari / from ${config.dataDir}`} (${((performance.now() - started) / 1000).toFixed(1)} s)`
);
