import type { JSONValue, Sql } from 'postgres';
import type { WebhookStateStore } from '../../webhooks/state-file.ts';
import type { WebhookState } from '../../webhooks/types.ts';

const CHANNEL = 'suara_webhooks';
const empty = (): WebhookState => ({ endpoints: [], deliveries: [] });

/**
 * The webhooks' state as one document every process shares, like the catalog: an update reads the latest row
 * FOR UPDATE inside its transaction, applies the change, writes it and NOTIFYs, so a console on one process and
 * the sender on another never overwrite each other. Other processes read it again on the notification.
 */
export function postgresWebhookState(sql: Sql): WebhookStateStore {
  let queue: Promise<unknown> = Promise.resolve();
  const listeners = new Set<() => void>();
  let listening: Promise<unknown> | undefined;
  return {
    // Reads wait behind this process's updates, and settle in the order they were asked for with them: a read
    // begun before an update must not answer after it, or its older copy would overwrite the newer one.
    load() {
      const run = queue
        .catch(() => undefined)
        .then(async () => {
          const [row] = await sql<{ doc: WebhookState }[]>`select doc from webhook_state where id = 1`;
          return row ? { ...empty(), ...row.doc } : empty();
        });
      queue = run;
      return run;
    },
    update<T>(mutate: (draft: WebhookState) => T) {
      const run: Promise<{ state: WebhookState; result: T }> = queue
        .catch(() => undefined)
        .then(() =>
          sql.begin(async (tx) => {
            await tx`insert into webhook_state (id, doc, version) values (1, ${tx.json(empty() as unknown as JSONValue)}, 0) on conflict (id) do nothing`;
            const [row] = await tx<{ doc: WebhookState }[]>`select doc from webhook_state where id = 1 for update`;
            const draft: WebhookState = { ...empty(), ...row!.doc };
            const result = mutate(draft);
            await tx`update webhook_state set doc = ${tx.json(draft as unknown as JSONValue)}, version = version + 1 where id = 1`;
            await tx`select pg_notify(${CHANNEL}, '')`;
            return { state: draft, result };
          })
        );
      queue = run;
      return run;
    },
    onChange(listener) {
      listeners.add(listener);
      // A connection closed at shutdown ends the LISTEN too: nothing to report then.
      listening ??= sql
        .listen(CHANNEL, () => {
          for (const each of listeners) each();
        })
        .catch(() => undefined);
      return () => listeners.delete(listener);
    }
  };
}
