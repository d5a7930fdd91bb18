import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileDailyHeads, wibDate } from '../public-record/daily-heads.ts';
import { CHAIN_KEY_FILE, DAILY_HEADS_FILE } from '../public-record/index.ts';
import type { SignedHead } from '../public-record/signing-key.ts';
import { SERVER_KEY_FILE } from '../idempotency/server-key.ts';
import { ifMissing, writeDurably } from '../store/segment-log/fsync.ts';
import { fileWebhookState } from '../webhooks/state-file.ts';
import type { WebhookState } from '../webhooks/types.ts';
import { WEBHOOKS_FILE } from './index.ts';

/**
 * What an installation keeps beside its store and must take along when it moves (`npm run store:copy`,
 * docs/scaling.md, "Moving an installation"): the server key (detail tokens, the secrets of keyed complaints and
 * unsubscribe links are derived from it), the chain key and the daily heads it signed (the public record), and
 * the webhooks' endpoints with their secrets, deliveries and cursor. Absent: that installation never made one.
 */
export type InstallationKeys = {
  serverKey?: Buffer;
  /** The chain key's private half, PKCS#8 PEM (server/public-record/signing-key.ts). */
  chainKeyPem?: string;
  dailyHeads: SignedHead[];
  webhooks?: WebhookState;
};

/** Where an installation's keys live: DATA_DIR's files, or the shared tables on PostgreSQL (./postgres/installation-keys.ts). */
export interface InstallationKeysPlace {
  read(): Promise<InstallationKeys>;
  /** Puts `keys` in place of what is there (a new installation's, unused: the copy's target is empty). */
  write(keys: InstallationKeys): Promise<void>;
  close(): Promise<void>;
}

/** What was copied, for the operator: `server.key`, `chain-key.pem`, `3 daily heads`, `2 webhook endpoints`. */
export function describeKeys(keys: InstallationKeys): string[] {
  return [
    ...(keys.serverKey ? ['server.key'] : []),
    ...(keys.chainKeyPem ? ['chain-key.pem'] : []),
    `${keys.dailyHeads.length} kepala harian / daily heads`,
    ...(keys.webhooks ? [`${keys.webhooks.endpoints.length} webhook`] : [])
  ];
}

/** One signed head per WIB day, as both engines keep them. */
export function headsByDay(heads: readonly SignedHead[]): Map<string, SignedHead> {
  return new Map(heads.map((head) => [wibDate(Date.parse(head.at)), head]));
}

/** DATA_DIR's files (server/shared-state/index.ts, fileSharedState), read and written as the server keeps them. */
export function fileInstallationKeys(dataDir: string): InstallationKeysPlace {
  const path = (file: string) => join(dataDir, file);
  return {
    async read() {
      const serverKey = await readFile(path(SERVER_KEY_FILE)).catch(ifMissing(undefined));
      const chainKey = await readFile(path(CHAIN_KEY_FILE)).catch(ifMissing(undefined));
      const webhooks = (await readFile(path(WEBHOOKS_FILE)).catch(ifMissing(undefined))) && (await fileWebhookState(path(WEBHOOKS_FILE)).load());
      return {
        ...(serverKey?.length === 32 && { serverKey }),
        ...(chainKey && { chainKeyPem: chainKey.toString('utf8') }),
        dailyHeads: await fileDailyHeads(path(DAILY_HEADS_FILE)).list(),
        ...(webhooks && { webhooks })
      };
    },
    async write(keys) {
      if (keys.serverKey) await writeDurably(path(SERVER_KEY_FILE), keys.serverKey);
      if (keys.chainKeyPem) await writeDurably(path(CHAIN_KEY_FILE), keys.chainKeyPem);
      const heads = [...headsByDay(keys.dailyHeads).values()];
      await writeDurably(path(DAILY_HEADS_FILE), heads.map((head) => `${JSON.stringify(head)}\n`).join(''));
      const webhooks = keys.webhooks;
      if (webhooks) await fileWebhookState(path(WEBHOOKS_FILE)).update((draft) => replaceWebhookState(draft, webhooks));
    },
    close: async () => {}
  };
}

/** Makes `draft` the same as `state`: endpoints, deliveries and cursor (a later event than the cursor is yet to be sent). */
export function replaceWebhookState(draft: WebhookState, state: WebhookState): void {
  const copy = structuredClone(state);
  draft.endpoints = copy.endpoints;
  draft.deliveries = copy.deliveries;
  if (copy.cursor) draft.cursor = copy.cursor;
  else delete draft.cursor;
}
