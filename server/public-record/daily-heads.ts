import { appendFile, readFile } from 'node:fs/promises';
import { PRIVATE_FILE_MODE } from '../store/segment-log/modes.ts';
import type { ChainHead } from '../store/types.ts';
import { signHead, type ChainKey, type SignedHead } from './signing-key.ts';

/** The daily heads in DATA_DIR, one signed head a line, oldest first (docs/public-record.md). */
export const DAILY_HEADS_FILE = 'chain-heads.jsonl';

/** The day a head belongs to: the date in WIB (UTC+7, no daylight saving), where the day starts at 00:00 WIB. */
export function wibDate(ms: number): string {
  return new Date(ms + 7 * 3_600_000).toISOString().slice(0, 10);
}

/**
 * The published history of chain heads: one per WIB day, signed, kept in a file when there is one. The
 * scheduler calls recordIfDue on each tick; the first tick of a day (00:00 WIB on the injected clock, or
 * the first after) records the head the store holds then.
 */
export class DailyHeads {
  #heads: SignedHead[] = [];

  private constructor(
    readonly key: ChainKey,
    readonly file: string | undefined
  ) {}

  static async open(key: ChainKey, file?: string): Promise<DailyHeads> {
    const book = new DailyHeads(key, file);
    const text = file === undefined ? '' : await readFile(file, 'utf8').catch(() => '');
    book.#heads = text
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as SignedHead);
    return book;
  }

  /** Every recorded head, oldest first. */
  list(): readonly SignedHead[] {
    return this.#heads;
  }

  /** Records today's head unless it is recorded already; returns it when it recorded one. */
  async recordIfDue(head: ChainHead, now: number): Promise<SignedHead | undefined> {
    const last = this.#heads.at(-1);
    if (last && wibDate(Date.parse(last.at)) >= wibDate(now)) return undefined;
    const signed = signHead(this.key, { seq: head.seq, hash: head.hash, at: new Date(now).toISOString() });
    if (this.file) await appendFile(this.file, `${JSON.stringify(signed)}\n`, { mode: PRIVATE_FILE_MODE });
    this.#heads.push(signed);
    return signed;
  }
}
