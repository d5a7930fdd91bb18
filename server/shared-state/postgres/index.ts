import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import postgres from 'postgres';
import { chainKeyFromPem } from '../../public-record/signing-key.ts';
import type { SharedState } from '../index.ts';
import { postgresClaims } from './claims.ts';
import { postgresDailyHeads } from './daily-heads.ts';
import { advisoryLockLeadership } from './leadership.ts';
import { sharedChainKeyPem, sharedServerKey } from './secrets.ts';
import { postgresSetupGate } from './setup-gate.ts';
import { postgresWebhookState } from './webhook-state.ts';
import { CLOSED_SETUP_GATE } from '../../setup/token-file.ts';

/**
 * The shared state in the installation's database, on a small pool of its own (the leader's lock holds one
 * connection for as long as this process leads; LISTEN another).
 */
export async function openPostgresSharedState(url: string, { log = console.error, retryMs }: { log?: (error: unknown) => void; retryMs?: number } = {}): Promise<SharedState> {
  const sql = postgres(url, { max: 4, onnotice: () => {} });
  try {
    const processId = `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
    const [serverKey, chainPem] = [await sharedServerKey(sql), await sharedChainKeyPem(sql)];
    const leadership = await advisoryLockLeadership(sql, { log, retryMs });
    return {
      engine: 'postgres',
      serverKey,
      chainKey: chainKeyFromPem(chainPem),
      dailyHeads: postgresDailyHeads(sql),
      webhooks: postgresWebhookState(sql),
      leadership,
      claims: postgresClaims(sql, processId),
      setupGate: async (needed) => (needed ? postgresSetupGate(sql) : CLOSED_SETUP_GATE),
      async close() {
        await leadership.close();
        await sql.end({ timeout: 5 });
      }
    };
  } catch (error) {
    await sql.end({ timeout: 1 });
    throw error;
  }
}
