// Idempotency keys on PostgreSQL (table submission_keys) are remembered for REMEMBER_MS, like the file log's, and
// then forgotten by the leader's scheduler, deciding by the injected clock (server/store/postgres/submission-keys.ts).
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { manualClock } from '../../server/clock.ts';
import { startScheduler } from '../../server/scheduler.ts';
import { DuplicateSubmission } from '../../server/store/conflicts.ts';
import { openPostgresStore } from '../../server/store/postgres/index.ts';
import { REMEMBER_MS } from '../../server/store/stream-guard.ts';
import { NOW } from '../api/fixtures.ts';
import { startPostgresCluster, type PostgresCluster } from '../support/postgres-cluster.ts';
import { rating } from './fixtures/events.ts';

let cluster: PostgresCluster;
beforeAll(async () => {
  cluster = await startPostgresCluster();
}, 180_000);
afterAll(() => cluster?.stop());

const DAY = 24 * 3600_000;

describe('PostgreSQL idempotency keys', () => {
  it('the scheduler forgets keys older than REMEMBER_MS; a recent key still refuses a duplicate', async () => {
    const url = await cluster.createDatabase();
    const store = await openPostgresStore({ url, log: () => {} });
    const sql = postgres(url, { max: 1, onnotice: () => {} });
    try {
      const keyed = (key: string, at: number) => ({ ...rating(1), at, idempotencyKey: key });
      await store.append([keyed('kunci-lama-sekali-01', NOW - REMEMBER_MS - DAY), keyed('kunci-baru-saja-0001', NOW - DAY)]);
      const keys = async () => (await sql<{ key: string }[]>`select key from submission_keys order by key`).map((row) => row.key);
      expect(await keys()).toEqual(['kunci-baru-saja-0001', 'kunci-lama-sekali-01']);

      const clock = manualClock(NOW);
      const app = await createApp({ store, clock, config: { bodyLimitBytes: 64 * 1024, log: () => {} } });
      const stop = startScheduler(app.context, { everyMs: 3600_000, report: () => {} });
      await expect.poll(keys, { timeout: 20_000 }).toEqual(['kunci-baru-saja-0001']);
      stop();
      app.context.views.stop();

      await expect(store.append([keyed('kunci-baru-saja-0001', NOW)])).rejects.toBeInstanceOf(DuplicateSubmission);
      const [again] = await store.append([keyed('kunci-lama-sekali-01', NOW)]);
      expect(await keys()).toEqual(['kunci-baru-saja-0001', 'kunci-lama-sekali-01']);
      expect(again!.seq).toBe(3);
      // Found by the index on their time, not by reading the table.
      const [index] = await sql<{ indexdef: string }[]>`select indexdef from pg_indexes where indexname = 'submission_keys_at'`;
      expect(index?.indexdef).toMatch(/\(at\)/);
      // Nothing left to forget: one look, no rows.
      expect(await store.forgetSubmissionKeys!(NOW)).toBe(0);
    } finally {
      await sql.end();
      await store.close();
    }
  });
});
