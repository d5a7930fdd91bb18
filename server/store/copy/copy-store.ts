/*
 * Moving an installation between stores (`npm run store:copy`, docs/scaling.md): the installation's keys, the
 * catalog and the console accounts, then every event as the source stored it, in order, with the files its complaints name. The lines are copied as they are
 * (readLines → appendLines), never decoded and appended again: a private part's salt would be drawn anew and an
 * erased one could not be written, so the hashes, and with them the public chain, would change.
 */
import { describeKeys, type InstallationKeys, type InstallationKeysPlace } from '../../shared-state/installation-keys.ts';
import type { WebhookState } from '../../webhooks/types.ts';
import { decodeLine } from '../codec.ts';
import type { ChainHead, Store } from '../types.ts';
import { isEmptyStore } from './empty.ts';

/** How many stored lines are read (and held) at a time; appended in slices of APPEND_LINES. */
const READ_LINES = 50_000;
const APPEND_LINES = 5_000;

// `{"p":"<22 characters>","t":"ca",…`: an event that names a file (../codec.ts); its type sits at a fixed place.
const NAMES_A_FILE = ['","t":"ca",', '","t":"cap",'];
const TYPE_AT = 28;

export type CopyProgress = { phase: 'verifying source' | 'copying' | 'verifying target'; done: number; total: number };

export type CopyReport = { head: ChainHead; events: number; files: number; missingFiles: string[]; keys: string[] };

/** Where each side keeps its keys (../../shared-state/installation-keys.ts). */
export type KeysPlaces = { from: InstallationKeysPlace; to: InstallationKeysPlace };

/** The copy could not be made, or did not come out the same: the message is the operator's. */
export class CopyRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CopyRefused';
  }
}

/**
 * Copies everything `from` holds into `to`, which must be empty, with the installation's keys when given. Checks
 * the source's chain first, the target's after, and that both end at the same head (seq and hash).
 */
export async function copyStore(from: Store, to: Store, onProgress: (progress: CopyProgress) => void = () => {}, keys?: KeysPlaces): Promise<CopyReport> {
  if (!from.readLines) throw new CopyRefused('Sumber tidak dapat membaca barisnya / the source store cannot hand out its stored lines');
  if (!to.appendLines) throw new CopyRefused('Tujuan tidak dapat menerima baris / the target store cannot take stored lines');
  if (!isEmptyStore(to)) {
    throw new CopyRefused(
      `Tujuan tidak kosong / the target is not empty (${to.head().seq} kejadian/events, ${to.catalog.get().offices.length} kantor/offices): ` + 'copy only into a new DATA_DIR or a new database'
    );
  }
  const head = from.head();
  onProgress({ phase: 'verifying source', done: 0, total: head.seq });
  const checked = await from.verify();
  if (!checked.ok) throw new CopyRefused(`Rantai sumber rusak / the source's chain is broken at event ${checked.firstBadSeq}: nothing was copied (npm run verify)`);
  onProgress({ phase: 'verifying source', done: head.seq, total: head.seq });

  // First: the target is empty, so the keys it may have made at a first start signed and derived nothing yet.
  const copiedKeys = keys ? await copyKeys(keys.from, keys.to) : [];

  const catalog = structuredClone(from.catalog.get());
  await to.catalog.update((draft) => Object.assign(draft, catalog));
  // Console accounts have their own store (../accounts/types.ts): copied as they are, password hashes included.
  for (const account of from.staff.all()) await to.staff.create(structuredClone(account));

  const copiedFiles = new Set<string>();
  const missingFiles: string[] = [];
  for (let after = 0; after < head.seq;) {
    const upTo = Math.min(head.seq, after + READ_LINES);
    const lines: string[] = [];
    await from.readLines({ after, upTo }, (line) => void lines.push(line));
    if (lines.length !== upTo - after) throw new CopyRefused(`Sumber memberi ${lines.length} baris, bukan ${upTo - after} / the source gave ${lines.length} lines for events ${after + 1}…${upTo}`);
    for (let start = 0; start < lines.length; start += APPEND_LINES) {
      const slice = lines.slice(start, start + APPEND_LINES);
      // A file is stored before the event that names it, as when it was uploaded (../files.ts).
      for (const id of filesNamedBy(slice)) {
        if (copiedFiles.has(id)) continue;
        copiedFiles.add(id);
        const bytes = await from.files?.get(id);
        if (bytes && to.files) await to.files.put(bytes);
        else missingFiles.push(id);
      }
      await to.appendLines(slice);
      onProgress({ phase: 'copying', done: after + start + slice.length, total: head.seq });
    }
    after = upTo;
  }

  onProgress({ phase: 'verifying target', done: 0, total: head.seq });
  const copied = await to.verify();
  const toHead = to.head();
  onProgress({ phase: 'verifying target', done: copied.events, total: head.seq });
  if (!copied.ok || copied.events !== head.seq) throw new CopyRefused(`Rantai tujuan tidak utuh / the target's chain does not verify (event ${copied.firstBadSeq ?? copied.events})`);
  if (toHead.seq !== head.seq || toHead.hash !== head.hash) {
    throw new CopyRefused(`Ujung rantai berbeda / the heads differ: source ${head.seq} ${head.hash}, target ${toHead.seq} ${toHead.hash}`);
  }
  return { head: toHead, events: head.seq, files: copiedFiles.size - missingFiles.length, missingFiles, keys: copiedKeys };
}

/** Writes the source's keys over the target's and reads them back: detail tokens, links and signed heads hold after the move. */
async function copyKeys(from: InstallationKeysPlace, to: InstallationKeysPlace): Promise<string[]> {
  const keys = await from.read();
  await to.write(keys);
  const written = await to.read();
  // Field by field: PostgreSQL's jsonb keeps an object's keys in its own order.
  const heads = (list: InstallationKeys['dailyHeads']) => list.map((h) => `${h.seq} ${h.hash} ${h.at} ${h.keyId} ${h.signature}`).join('\n');
  const secrets = (list: WebhookState['endpoints'] = []) => list.map((e) => `${e.id} ${e.secrets.map((secret) => secret.secret).join(' ')}`).join('\n');
  const same =
    (!keys.serverKey || written.serverKey?.equals(keys.serverKey)) &&
    (!keys.chainKeyPem || written.chainKeyPem === keys.chainKeyPem) &&
    heads(written.dailyHeads) === heads(keys.dailyHeads) &&
    (!keys.webhooks || secrets(written.webhooks?.endpoints) === secrets(keys.webhooks.endpoints));
  if (!same) throw new CopyRefused('Kunci instalasi tidak tersalin sama / the installation keys did not come out the same');
  return describeKeys(keys);
}

/** The ids of the files the lines' events name (an erased attachment names none: its file stays behind). */
function filesNamedBy(lines: readonly string[]): string[] {
  const ids: string[] = [];
  for (const line of lines) {
    if (!NAMES_A_FILE.some((type) => line.startsWith(type, TYPE_AT))) continue;
    const { event } = decodeLine(line);
    if ((event.type === 'complaint.attached' || event.type === 'complaint.attachment_published') && event.file) ids.push(event.file);
  }
  return ids;
}
