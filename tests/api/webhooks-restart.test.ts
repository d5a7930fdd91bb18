import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { WEBHOOK_EVENT_TYPES } from '../../server/webhooks/types.ts';
import { fileWebhookState } from '../../server/webhooks/state-file.ts';
import type { Store } from '../../server/store/types.ts';
import { testApp } from './fixtures.ts';
import { sharedStateOf, TEST_ENGINE, testStore } from './support/test-store.ts';
import { consoleCatalog } from './console-fixtures.ts';
import { webhookApp } from './webhook-fixtures.ts';

// docs/webhooks.md, "Durability": what was queued, and what was committed while nobody was sending, is sent after a restart, once.
let dir: string;
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('webhooks across a restart', () => {
  it('sends what was pending and what was committed meanwhile, each exactly once', async () => {
    dir = await mkdtemp(join(tmpdir(), 'suara-webhooks-'));
    const path = join(dir, 'webhooks.json');
    const store = await testStore(consoleCatalog());
    // What a start reads the state from: DATA_DIR's file on the file engine, the database's row on PostgreSQL.
    const saved = (of: Store) => sharedStateOf(of)?.webhooks ?? fileWebhookState(path);
    const webhooks = { state: saved(store), allowedHosts: ['127.0.0.1'], random: () => 0.5 };
    const first = await webhookApp({ events: [...WEBHOOK_EVENT_TYPES], webhooks, store });
    try {
      const { trackingCode } = await first.file();
      // Stopped before anything was sent: the delivery is only in the saved state.
      await first.app.webhooks.close();
      expect((await saved(store).load()).deliveries).toContainEqual(expect.objectContaining({ status: 'pending' }));
      // The file holds the signing secrets: the owner's alone.
      if (TEST_ENGINE === 'memory') expect((await stat(path)).mode & 0o777).toBe(0o600);
      // An event committed while no webhook process ran.
      await first.store.append([{ type: 'complaint.verified', at: first.clock.now(), trackingCode, actor: 'admin' }]);

      const second = await testApp(first.store, { webhooks: { ...webhooks, state: saved(store) } });
      second.clock.set(first.clock.now());
      expect(await second.app.webhooks.tick()).toBe(2);
      expect(await second.app.webhooks.tick()).toBe(0);
      // Both were due at once, so they went in parallel: the order they arrive in is not promised (docs/webhooks.md).
      expect(first.receiver.received.map((message) => JSON.parse(message.body).type).sort()).toEqual(['complaint.submitted', 'complaint.verified']);
      await second.app.webhooks.close();

      // A third start finds nothing left to send.
      const third = await testApp(first.store, { webhooks: { ...webhooks, state: saved(store) } });
      expect(await third.app.webhooks.tick()).toBe(0);
      await third.app.webhooks.close();
      expect(first.receiver.received).toHaveLength(2);
    } finally {
      await first.receiver.close();
    }
  });
});
