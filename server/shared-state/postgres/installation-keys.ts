import postgres, { type JSONValue } from 'postgres';
import type { SignedHead } from '../../public-record/signing-key.ts';
import type { WebhookState } from '../../webhooks/types.ts';
import { headsByDay, replaceWebhookState, type InstallationKeysPlace } from '../installation-keys.ts';
import { postgresWebhookState } from './webhook-state.ts';

// The names ./secrets.ts keeps them under in installation_secrets.
const SERVER_KEY = 'server.key';
const CHAIN_KEY = 'chain-key.pem';

/**
 * The installation's keys in the shared tables (020-shared-state.sql), on a connection of their own. The tables
 * exist once the store has opened the database (its start applies the migrations).
 */
export function postgresInstallationKeys(url: string): InstallationKeysPlace {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  return {
    async read() {
      const secrets = await sql<{ name: string; value: Buffer }[]>`select name, value from installation_secrets where name in (${SERVER_KEY}, ${CHAIN_KEY})`;
      const secret = (name: string) => secrets.find((row) => row.name === name)?.value;
      const heads = await sql<{ head: SignedHead }[]>`select head from daily_heads order by day`;
      const [webhooks] = await sql<{ doc: WebhookState }[]>`select doc from webhook_state where id = 1`;
      const serverKey = secret(SERVER_KEY);
      const chainKey = secret(CHAIN_KEY);
      return {
        ...(serverKey && { serverKey }),
        ...(chainKey && { chainKeyPem: chainKey.toString('utf8') }),
        dailyHeads: heads.map((row) => row.head),
        ...(webhooks && { webhooks: webhooks.doc })
      };
    },
    async write(keys) {
      await sql.begin(async (tx) => {
        for (const [name, value] of [
          [SERVER_KEY, keys.serverKey],
          [CHAIN_KEY, keys.chainKeyPem && Buffer.from(keys.chainKeyPem, 'utf8')]
        ] as const) {
          if (value) await tx`insert into installation_secrets (name, value) values (${name}, ${value}) on conflict (name) do update set value = excluded.value, created_at = now()`;
        }
        await tx`delete from daily_heads`;
        for (const [day, head] of headsByDay(keys.dailyHeads)) await tx`insert into daily_heads (day, head) values (${day}, ${tx.json(head as unknown as JSONValue)})`;
      });
      const webhooks = keys.webhooks;
      if (webhooks) await postgresWebhookState(sql).update((draft) => replaceWebhookState(draft, webhooks));
    },
    close: () => sql.end({ timeout: 5 })
  };
}
