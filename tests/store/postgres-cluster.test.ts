import { existsSync } from 'node:fs';
import postgres from 'postgres';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startPostgresCluster, type PostgresCluster } from '../support/postgres-cluster.js';

let cluster: PostgresCluster;
beforeAll(async () => {
  cluster = await startPostgresCluster();
}, 180_000);
afterAll(() => cluster?.stop());

test('each test gets its own empty database on the throwaway cluster, removed with it', async () => {
  const [a, b] = [await cluster.createDatabase(), await cluster.createDatabase()];
  expect(a).not.toBe(b);
  const sql = postgres(a, { max: 1 });
  try {
    const [row] = await sql<{ db: string; fsync: string }[]>`select current_database() as db, current_setting('fsync') as fsync`;
    expect(a.endsWith(`/${row!.db}`)).toBe(true);
    expect(row!.fsync).toBe('on');
    expect(await sql`select 1 from pg_tables where schemaname = 'public'`).toHaveLength(0);
  } finally {
    await sql.end();
  }
  expect(existsSync(cluster.dir)).toBe(true);
});
