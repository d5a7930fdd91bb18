import type { Sql } from 'postgres';
import type { AccountStores } from '../../accounts/types.ts';
import { openPostgresSessions } from './sessions.ts';
import { openPostgresStaff } from './staff.ts';
import { postgresThrottles } from './throttles.ts';

/**
 * Accounts, sessions and throttles in their tables (../migrations/010-accounts.sql), shared by every process
 * on the database (docs/architecture.md, "Accounts and sessions").
 */
export async function openPostgresAccounts(sql: Sql, log: (line: string) => void, pollMs?: number): Promise<AccountStores & { close(): Promise<void> }> {
  const staff = await openPostgresStaff(sql, log, pollMs);
  const sessions = await openPostgresSessions(sql, log).catch(async (error: unknown) => {
    await staff.close();
    throw error;
  });
  return {
    staff,
    sessions,
    throttles: postgresThrottles(sql, log),
    async close() {
      await Promise.all([staff.close(), sessions.close()]);
    }
  };
}
