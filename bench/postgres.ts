// `npm run bench -- --store postgres` (docs/bench.md, "On PostgreSQL"): the bench's data set, copied into a throwaway
// PostgreSQL cluster, for servers that share it. The copy is `npm run store:copy`'s own (server/store/copy/): the
// stored lines go in as they are, in batched inserts, so the database holds the very chain the files hold.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { copyStore } from '../server/store/copy/copy-store.ts';
import { openStore } from '../server/store/open-store.ts';
import { startPostgresCluster, type PostgresCluster } from '../tests/support/postgres-cluster.ts';

export type BenchDatabase = { url: string; copyMs: number; stop(): Promise<void> };

/** Starts a cluster, creates a database and copies the segment-log store in `dataDir` into it. */
export async function seedPostgres(dataDir: string): Promise<BenchDatabase> {
  const cluster: PostgresCluster = await startPostgresCluster();
  try {
    const url = await cluster.createDatabase();
    const scratch = await mkdtemp(join(tmpdir(), 'suara-bench-copy-'));
    const started = performance.now();
    const from = await openStore({ dataDir, command: 'bench copy (from)', log: () => {} });
    const to = await openStore({ dataDir: scratch, databaseUrl: url, command: 'bench copy (to)', log: () => {} });
    try {
      let shown = 0;
      const report = await copyStore(from, to, ({ phase, done, total }) => {
        if (phase !== 'copying' || done - shown < 100_000) return;
        shown = done;
        console.log(`  copied ${done}/${total} events into PostgreSQL…`);
      });
      console.log(`  ${report.events} events and ${report.files} files in PostgreSQL, head ${report.head.seq} ${report.head.hash}`);
    } finally {
      await Promise.all([from.close(), to.close()]);
      await rm(scratch, { recursive: true, force: true });
    }
    await settle(url);
    return { url, copyMs: Math.round(performance.now() - started), stop: () => cluster.stop() };
  } catch (error) {
    await cluster.stop();
    throw error;
  }
}

/**
 * Leaves the freshly copied database as a running one would be: vacuumed and analysed, its dirty pages written.
 * Otherwise autovacuum and the checkpointer take up the copy's work during the measured loads, on the same cores.
 */
async function settle(url: string): Promise<void> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await sql`vacuum (analyze)`;
    await sql`checkpoint`;
  } finally {
    await sql.end({ timeout: 1 });
  }
}
