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

/** Where the daily heads are kept: a file in DATA_DIR, or a table every process shares (server/shared-state/postgres/). */
export interface DailyHeadsBook {
  /** Every recorded head, oldest first. */
  list(): Promise<SignedHead[]>;
  /** Records `head` as the one of `day`; false when that day already has one (another process was first). */
  add(day: string, head: SignedHead): Promise<boolean>;
}

/** The heads in a JSONL file (or in memory without one), for the file engine's only process. */
export function fileDailyHeads(file?: string): DailyHeadsBook {
  let heads: SignedHead[] | undefined;
  const load = async () =>
    (heads ??= (file === undefined ? '' : await readFile(file, 'utf8').catch(() => ''))
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as SignedHead));
  return {
    list: async () => [...(await load())],
    async add(day, head) {
      const known = await load();
      if (known.some((each) => wibDate(Date.parse(each.at)) === day)) return false;
      if (file) await appendFile(file, `${JSON.stringify(head)}\n`, { mode: PRIVATE_FILE_MODE });
      known.push(head);
      return true;
    }
  };
}

/**
 * The published history of chain heads: one per WIB day, signed. The leading process's scheduler calls
 * recordIfDue on each tick; the first tick of a day (00:00 WIB on the injected clock, or the first after)
 * records the head the store holds then.
 */
export class DailyHeads {
  constructor(
    readonly key: ChainKey,
    private readonly book: DailyHeadsBook
  ) {}

  static async open(key: ChainKey, book: DailyHeadsBook): Promise<DailyHeads> {
    return new DailyHeads(key, book);
  }

  /** Every recorded head, oldest first. */
  list(): Promise<SignedHead[]> {
    return this.book.list();
  }

  /** Records today's head unless it is recorded already; returns it when it recorded one. */
  async recordIfDue(head: ChainHead, now: number): Promise<SignedHead | undefined> {
    const last = (await this.book.list()).at(-1);
    if (last && wibDate(Date.parse(last.at)) >= wibDate(now)) return undefined;
    const signed = signHead(this.key, { seq: head.seq, hash: head.hash, at: new Date(now).toISOString() });
    return (await this.book.add(wibDate(now), signed)) ? signed : undefined;
  }
}
