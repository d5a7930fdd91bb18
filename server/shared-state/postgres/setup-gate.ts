import { randomBytes } from 'node:crypto';
import type { Sql } from 'postgres';
import type { SetupGate } from '../../setup/token-file.ts';

/**
 * The first run's one-time token in the database, so that the link a process logs works on every process
 * (docs/operations.md, "First run"). The first process to ask makes it; using it removes it for everybody.
 * Two processes completing the setup at once cannot both make the first admin: that check runs inside the
 * catalog's own update.
 */
export async function postgresSetupGate(sql: Sql): Promise<SetupGate> {
  await sql`insert into setup_token (id, token) values (1, ${randomBytes(24).toString('base64url')}) on conflict (id) do nothing`;
  const [row] = await sql<{ token: string; used: boolean }[]>`select token, used_at is not null as used from setup_token where id = 1`;
  let token = row && !row.used ? row.token : undefined;
  return {
    token: () => token,
    async consume() {
      token = undefined;
      await sql`update setup_token set used_at = now() where id = 1 and used_at is null`;
    }
  };
}
