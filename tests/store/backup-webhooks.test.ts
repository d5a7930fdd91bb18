// A backup carries the webhooks' state (endpoints, signing secrets, pending deliveries), so a restored
// installation keeps sending to the agencies' systems without anyone adding their endpoints again.
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WEBHOOKS_FILE } from '../../server/boot.ts';
import { backupStore } from '../../server/store/segment-log/backup.ts';
import { openSegmentLogStore, type SegmentLogStore } from '../../server/store/segment-log/index.ts';
import { restoreBackup } from '../../server/store/segment-log/restore.ts';

describe('a backup with webhooks', () => {
  let dir: string;
  let restored: string;
  let store: SegmentLogStore;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'suara-backup-webhooks-'));
    restored = await mkdtemp(join(tmpdir(), 'suara-backup-webhooks-restored-'));
    store = await openSegmentLogStore({ dir, command: 'backup webhooks test', log: () => {} });
    await store.append([{ type: 'rating.recorded', at: Date.UTC(2026, 0, 5), officeId: 'kantor-uji', score: 4, channel: 'web' }]);
  });
  afterEach(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
    await rm(restored, { recursive: true, force: true });
  });

  it('carries webhooks.json, private, and a restore brings it back unchanged', async () => {
    const state = `${JSON.stringify({ endpoints: [{ id: 'ep_1', url: 'https://tiket.example.go.id/hook', secrets: ['whsec_contoh'] }], deliveries: [] })}\n`;
    await writeFile(join(dir, WEBHOOKS_FILE), state, { mode: 0o600 });
    await restoreBackup(backupStore({ dir, store }).archive, restored);
    expect(await readFile(join(restored, WEBHOOKS_FILE), 'utf8')).toBe(state);
    expect((await stat(join(restored, WEBHOOKS_FILE))).mode & 0o777).toBe(0o600);
  });

  it('is a backup without it when no webhook was ever set up', async () => {
    await restoreBackup(backupStore({ dir, store }).archive, restored);
    await expect(stat(join(restored, WEBHOOKS_FILE))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
