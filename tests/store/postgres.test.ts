import { afterAll, beforeAll } from 'vitest';
import { openPostgresStore, type PostgresStore } from '../../server/store/postgres/index.ts';
import { startPostgresCluster, type PostgresCluster } from '../support/postgres-cluster.ts';
import { storeContract } from './contract.ts';

let cluster: PostgresCluster;
beforeAll(async () => {
  cluster = await startPostgresCluster();
}, 180_000);
afterAll(() => cluster?.stop());

// The contract's `dir` names the database: a fresh one per test, the same one when the test reopens.
const databases = new Map<string, string>();
async function open(dir: string): Promise<PostgresStore> {
  let url = databases.get(dir);
  if (!url) databases.set(dir, (url = await cluster.createDatabase()));
  return openPostgresStore({ url, log: () => {} });
}

storeContract('postgres', open, { persistent: true, writes: (store) => store.stats.batches });
