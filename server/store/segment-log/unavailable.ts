import { ServiceUnavailableError } from '../../errors.ts';
import { describeBreak, type ChainBreak } from './verify-chain.ts';

/** How soon a client may try again while the disk refuses writes (full, failing): it recovers by itself. */
export const STORAGE_RETRY_SECONDS = 30;
/** A damaged log needs the operator (docs/operations.md, "Storage integrity"): an hour. */
export const DAMAGED_LOG_RETRY_SECONDS = 3600;

/** A write or fsync failed (ENOSPC, EIO …): nothing of the batch was kept; later writes try again. */
export class StorageFailing extends ServiceUnavailableError {
  constructor(readonly cause: unknown) {
    super('Penyimpanan sedang gagal (mis. disk penuh); coba lagi sebentar lagi / storage is failing (e.g. the disk is full); try again shortly', STORAGE_RETRY_SECONDS);
  }
}

/** The hash chain of the log is broken: writes are refused until the operator restores it; reads go on. */
export class LogDamaged extends ServiceUnavailableError {
  constructor(readonly found: ChainBreak) {
    super('Log kejadian rusak; penyimpanan hanya-baca sampai operator memulihkannya / the event log is damaged; storage is read-only until the operator restores it', DAMAGED_LOG_RETRY_SECONDS);
  }
}

/** The operator's log line for a damaged log. */
export function damagedLogMessage(found: ChainBreak): string {
  return `LOG RUSAK / EVENT LOG DAMAGED: ${describeBreak(found)}. Penulisan ditolak (503), pembacaan jalan terus / writes refused (503), reads go on. Pulihkan dari cadangan / restore from a backup; npm run verify shows the first break.`;
}
