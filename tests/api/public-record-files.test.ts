// docs/public-record.md on the file engine: the chain key as a file in DATA_DIR, and in a backup with the daily heads.
// The endpoints, the daily heads and erasure on either engine: ./public-record.test.ts.
import { createPublicKey, verify } from 'node:crypto';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type SuaraApp } from '../../server/app.ts';
import { manualClock } from '../../server/clock.ts';
import { CHAIN_KEY_FILE, DAILY_HEADS_FILE, loadChainKey } from '../../server/public-record/index.ts';
import { backupStore } from '../../server/store/segment-log/backup.ts';
import { restoreBackup } from '../../server/store/segment-log/restore.ts';
import { openSegmentLogStore, type SegmentLogStore } from '../../server/store/segment-log/index.ts';
import { headMessage } from '../../server/store/public-chain/public-form.ts';
import { NOW, testCatalog } from './fixtures.ts';
import { someEvents as fixtureEvents, TOKEN } from './public-record-fixtures.ts';

describe('the public record in DATA_DIR', () => {
  let dir: string;
  let store: SegmentLogStore;
  let app: SuaraApp;
  let clock: ReturnType<typeof manualClock>;
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    app.request(path, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'suara-public-record-'));
    store = await openSegmentLogStore({ dir, command: 'public record test', log: () => {} });
    await store.catalog.update((draft) => Object.assign(draft, structuredClone(testCatalog)));
    clock = manualClock(NOW);
    app = await createApp({
      store,
      clock,
      config: { bodyLimitBytes: 16 * 1024, log: () => {}, adminCli: { token: TOKEN }, publicRecord: { key: await loadChainKey(dir), headsFile: join(dir, DAILY_HEADS_FILE) } }
    });
  });
  afterEach(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  const someEvents = () => fixtureEvents(post);

  it('creates the key in DATA_DIR, private, and signs the head with it', async () => {
    await someEvents();
    expect((await stat(join(dir, CHAIN_KEY_FILE))).mode & 0o777).toBe(0o600);
    const head = (await (await app.request('/api/v1/chain/head')).json()) as { seq: number; hash: string; at: string; signature: string; keyId: string; publicKey: string };
    expect(head).toMatchObject({ seq: 5, hash: store.head().hash, at: new Date(NOW).toISOString() });
    const key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: head.publicKey }, format: 'jwk' });
    expect(verify(null, Buffer.from(headMessage(head)), key, Buffer.from(head.signature, 'base64url'))).toBe(true);
    expect(verify(null, Buffer.from(headMessage({ ...head, seq: 4 })), key, Buffer.from(head.signature, 'base64url'))).toBe(false);
    // The same key after a restart.
    expect((await loadChainKey(dir)).publicKey).toBe(head.publicKey);
  });

  it('puts the key and the daily heads in a backup, and a restore brings them back', async () => {
    await someEvents();
    await app.publicRecord.daily.recordIfDue(store.head(), clock.now());
    const restored = await mkdtemp(join(tmpdir(), 'suara-public-record-restored-'));
    try {
      await restoreBackup(backupStore({ dir, store }).archive, restored);
      expect(await readdir(restored)).toEqual(expect.arrayContaining([CHAIN_KEY_FILE, DAILY_HEADS_FILE]));
      expect((await loadChainKey(restored)).publicKey).toBe(app.publicRecord.key.publicKey);
    } finally {
      await rm(restored, { recursive: true, force: true });
    }
  });
});
