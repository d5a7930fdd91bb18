import { join } from 'node:path';
import { loadServerKey } from '../idempotency/server-key.ts';
import { fileDailyHeads, type DailyHeadsBook } from '../public-record/daily-heads.ts';
import { DAILY_HEADS_FILE, loadChainKey } from '../public-record/index.ts';
import type { ChainKey } from '../public-record/signing-key.ts';
import { CLOSED_SETUP_GATE, openSetupGate, type SetupGate } from '../setup/token-file.ts';
import { fileWebhookState, type WebhookStateStore } from '../webhooks/state-file.ts';
import { memoryClaims, type DeliveryClaims } from './claims.ts';
import { SOLE_LEADER, type Leadership } from './leadership.ts';

/** The webhooks' endpoints, secrets and pending deliveries in DATA_DIR (server/webhooks/state-file.ts). */
export const WEBHOOKS_FILE = 'webhooks.json';

/**
 * Everything that must be one thing for every app process of an installation (docs/scaling.md, "What each
 * process shares"): the secrets, the setup gate, the webhooks' state, the daily heads, who leads and which
 * messages are claimed. The file engine keeps them in DATA_DIR and memory (one process); PostgreSQL in tables
 * (server/store/postgres/migrations/020-shared-state.sql).
 */
export type SharedState = {
  engine: 'file' | 'postgres';
  /** Complaint secrets of keyed submissions and unsubscribe links derive from it: the same in every process. */
  serverKey: Buffer;
  /** Signs the daily chain heads (docs/public-record.md). */
  chainKey: ChainKey;
  dailyHeads: DailyHeadsBook;
  webhooks: WebhookStateStore;
  leadership: Leadership;
  claims: DeliveryClaims;
  /** The first run's gate: open (with its token) only while `needed`, i.e. no staff account exists yet. */
  setupGate(needed: boolean): Promise<SetupGate>;
  close(): Promise<void>;
};

/** The file engine: DATA_DIR's files as they always were, and the only process leads. */
export async function fileSharedState(dataDir: string): Promise<SharedState> {
  return {
    engine: 'file',
    serverKey: await loadServerKey(dataDir),
    chainKey: await loadChainKey(dataDir),
    dailyHeads: fileDailyHeads(join(dataDir, DAILY_HEADS_FILE)),
    webhooks: fileWebhookState(join(dataDir, WEBHOOKS_FILE)),
    leadership: SOLE_LEADER,
    claims: memoryClaims(),
    setupGate: async (needed) => (needed ? openSetupGate(dataDir) : CLOSED_SETUP_GATE),
    close: async () => {}
  };
}

/**
 * The shared state of the engine the configuration picks (as openStore does): with a database URL, its tables
 * (postgres.js is loaded only then), otherwise DATA_DIR. Open it after the store: the store's start applies the
 * migrations that make its tables.
 */
export async function openSharedState({ dataDir, databaseUrl, log }: { dataDir: string; databaseUrl?: string; log?: (error: unknown) => void }): Promise<SharedState> {
  if (!databaseUrl) return fileSharedState(dataDir);
  const { openPostgresSharedState } = await import('./postgres/index.ts');
  return openPostgresSharedState(databaseUrl, { log });
}
