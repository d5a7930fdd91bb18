// `npm run restore -- FILE`: a backup (npm run backup) into DATA_DIR, which must be empty or missing. It checks
// the log's chain up to the backup's head before saying ok; then `npm start`. See docs/operations.md, "Backup and restore".
import { createReadStream } from 'node:fs';
import { parseArgs } from 'node:util';
import { parseEnv } from '../server/env.ts';
import { filesOnly } from '../server/store/open-store.ts';
import { DataDirLocked } from '../server/store/segment-log/lock.ts';
import { RestoreRefused, restoreBackup } from '../server/store/segment-log/restore.ts';

const { positionals } = parseArgs({ allowPositionals: true });
const [file] = positionals;
if (!file) {
  console.error('Pakai / usage: DATA_DIR=./data npm run restore -- FILE.tar');
  process.exit(2);
}
const config = parseEnv(process.env);
if (config.databaseUrl) {
  console.error(filesOnly('npm run restore'));
  process.exit(2);
}
const started = performance.now();
try {
  const restored = await restoreBackup(createReadStream(file), config.dataDir);
  console.log(
    `ok: ${config.dataDir} dipulihkan / restored from ${file}: ${restored.events} kejadian/events, rantai utuh / chain intact, head seq ${restored.head.seq} ${restored.head.hash}` +
      ` (cadangan / backup of ${restored.createdAt}, ${((performance.now() - started) / 1000).toFixed(1)} s)`
  );
} catch (error) {
  const known = error instanceof RestoreRefused || error instanceof DataDirLocked || (error as NodeJS.ErrnoException).code === 'ENOENT';
  console.error(`Pemulihan gagal / restore failed: ${known ? (error as Error).message : error}`);
  process.exit(1);
}
