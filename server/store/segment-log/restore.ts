/*
 * Restores a backup (./backup.ts) into an empty DATA_DIR, holding its lock, and checks it before saying so:
 * every name is one a backup holds (nothing lands outside DATA_DIR), and the log's hash chain runs
 * unbroken to the head the manifest names, and every attachment is the file its name (its SHA-256) says. A failed restore leaves the folder empty again.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { createHash } from 'node:crypto';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import tar from 'tar-stream';
import { BACKUP_FORMAT_VERSION, BACKUP_MANIFEST, type BackupManifest } from './backup.ts';
import { FILES_DIR } from './files.ts';
import { fsyncPath, ifMissing } from './fsync.ts';
import { lockDataDir, LOCK_FILE } from './lock.ts';
import { makePrivateDir, PRIVATE_DIR_MODE, PRIVATE_FILE_MODE } from './modes.ts';
import { listSegments } from './segments.ts';
import { describeBreak, verifySegments } from './verify-chain.ts';

/** What a backup may hold; anything else (a path outside, a link) makes the archive unusable. */
const ARCHIVE_NAME = /^(catalog\.json|staff\.json|server\.key|chain-key\.pem|chain-heads\.jsonl|chain-migration\.json|webhooks\.json|events\/(\d{12}\.jsonl|format\.json)|attachments\/[0-9a-f]{64})$/;

/** The restore cannot go on; the message says why, in both languages. */
export class RestoreRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RestoreRefused';
  }
}

/** Restores the archive read from `input` into `dir`, which must be missing or empty; resolves with its manifest. */
export async function restoreBackup(input: Readable, dir: string): Promise<BackupManifest & { events: number }> {
  const present = await readdir(dir).catch(ifMissing([]));
  if (present.length > 0) {
    throw new RestoreRefused(`DATA_DIR ${dir} tidak kosong / is not empty (${present.slice(0, 3).join(', ')}…): pulihkan hanya ke folder kosong / restore only into an empty folder`);
  }
  await makePrivateDir(dir);
  const lock = await lockDataDir(dir, 'npm run restore');
  try {
    const restored = await extract(input, dir);
    await lock.release();
    return restored;
  } catch (error) {
    await lock.release();
    await clear(dir);
    throw error;
  }
}

async function extract(input: Readable, dir: string): Promise<BackupManifest & { events: number }> {
  await mkdir(join(dir, 'events'), { mode: PRIVATE_DIR_MODE });
  let manifest: BackupManifest | undefined;
  const unpack = tar.extract();
  const fed = pipeline(input, unpack);
  fed.catch(() => {}); // awaited below; a refusal inside the loop must not leave it unhandled
  for await (const entry of unpack) {
    const { name, type } = entry.header;
    if (name === BACKUP_MANIFEST) {
      const chunks: Buffer[] = [];
      for await (const chunk of entry) chunks.push(chunk as Buffer);
      manifest = readManifest(Buffer.concat(chunks).toString('utf8'));
    } else if (type === 'file' && ARCHIVE_NAME.test(name)) {
      const path = join(dir, name);
      if (name.startsWith(`${FILES_DIR}/`)) await mkdir(join(dir, FILES_DIR), { mode: PRIVATE_DIR_MODE }).catch(existing);
      await pipeline(entry, createWriteStream(path, { flags: 'wx', mode: PRIVATE_FILE_MODE }));
      await fsyncPath(path);
      if (name.startsWith(`${FILES_DIR}/`) && (await sha256Of(path)) !== name.slice(FILES_DIR.length + 1)) {
        throw new RestoreRefused(`${name}: isinya tidak sesuai namanya / its content does not match its name (SHA-256): cadangan rusak / the backup is damaged`);
      }
    } else {
      throw new RestoreRefused(`${name}: bukan bagian cadangan Suara Layanan / not part of a Suara Layanan backup`);
    }
  }
  await fed;
  if (!manifest) throw new RestoreRefused(`${BACKUP_MANIFEST} tidak ada / is missing: bukan cadangan Suara Layanan / not a Suara Layanan backup`);
  const report = await verifySegments(await listSegments(join(dir, 'events')));
  if (!report.ok) throw new RestoreRefused(`cadangan rusak / the backup is damaged: ${describeBreak(report.break)}`);
  if (report.events !== manifest.head.seq || report.head.hash !== manifest.head.hash || report.tornTailBytes > 0) {
    throw new RestoreRefused(`cadangan tidak lengkap / the backup is incomplete: its log ends at seq ${report.events}, its manifest at ${manifest.head.seq}`);
  }
  await fsyncPath(join(dir, 'events'), { directory: true });
  if (await readdir(join(dir, FILES_DIR)).catch(() => undefined)) await fsyncPath(join(dir, FILES_DIR), { directory: true });
  await fsyncPath(dir, { directory: true });
  return { ...manifest, events: report.events };
}

function readManifest(text: string): BackupManifest {
  const manifest = JSON.parse(text) as BackupManifest;
  if (manifest.format !== 'suara-backup') throw new RestoreRefused(`${BACKUP_MANIFEST}: bukan cadangan Suara Layanan / not a Suara Layanan backup`);
  if (manifest.version > BACKUP_FORMAT_VERSION) {
    throw new RestoreRefused(`cadangan dibuat versi yang lebih baru / the backup was made by a newer release (format ${manifest.version}): pulihkan dengan versi itu / restore it with that release`);
  }
  return manifest;
}

/** Empties `dir` again after a failed restore (it was empty before), except a lock someone else may hold now. */
async function clear(dir: string): Promise<void> {
  for (const name of await readdir(dir)) if (name !== LOCK_FILE) await rm(join(dir, name), { recursive: true, force: true });
}

function existing(error: NodeJS.ErrnoException): void {
  if (error.code !== 'EEXIST') throw error;
}

async function sha256Of(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
