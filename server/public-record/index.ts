import type { ChainMigrationRecord } from '../store/segment-log/migrations/index.ts';
import type { ChainHead } from '../store/types.ts';
import { DailyHeads, fileDailyHeads, type DailyHeadsBook } from './daily-heads.ts';
import { ephemeralChainKey, signHead, type ChainKey, type SignedHead } from './signing-key.ts';

export { DAILY_HEADS_FILE } from './daily-heads.ts';
export { CHAIN_KEY_FILE, loadChainKey } from './signing-key.ts';

/** What the server publishes about its chain (docs/public-record.md): the key, the daily heads, the verifier. */
export type PublicRecord = {
  key: ChainKey;
  daily: DailyHeads;
  migration?: ChainMigrationRecord;
  verifierScript?: string;
  signNow(head: ChainHead, now: number): SignedHead;
};

export type PublicRecordConfig = {
  /** DATA_DIR's key (loadChainKey); a key for this process only when absent (tests). */
  key?: ChainKey;
  /** DATA_DIR/chain-heads.jsonl; in memory only when absent. */
  headsFile?: string;
  /** Where the heads are kept instead of `headsFile` (the database on PostgreSQL). */
  heads?: DailyHeadsBook;
  migration?: ChainMigrationRecord;
  /** build/server/verify.mjs, as served at /api/v1/chain/verify.mjs. */
  verifierScript?: string;
};

export async function openPublicRecord(config: PublicRecordConfig = {}): Promise<PublicRecord> {
  const key = config.key ?? ephemeralChainKey();
  return {
    key,
    daily: await DailyHeads.open(key, config.heads ?? fileDailyHeads(config.headsFile)),
    migration: config.migration,
    verifierScript: config.verifierScript,
    signNow: (head, now) => signHead(key, { seq: head.seq, hash: head.hash, at: new Date(now).toISOString() })
  };
}
