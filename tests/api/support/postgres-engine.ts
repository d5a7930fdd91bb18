/*
 * The setup file of the API suite's PostgreSQL run (vite.config.ts, project `api-postgres`): one throwaway
 * cluster per test file, one fresh database per store a test opens, every store closed after its test.
 */
import { afterAll, afterEach, beforeAll } from 'vitest';
import { openPostgresStore, type PostgresStore } from '../../../server/store/postgres/index.ts';
import { startPostgresCluster, type PostgresCluster } from '../../support/postgres-cluster.ts';
import { provideTestStore } from './test-store.ts';

let cluster: PostgresCluster | undefined;
const opened: PostgresStore[] = [];

beforeAll(async () => {
  cluster = await startPostgresCluster();
}, 180_000);

afterEach(async () => {
  await Promise.all(opened.splice(0).map((store) => store.close().catch(() => {})));
});

afterAll(async () => {
  await cluster?.stop();
});

provideTestStore(async (catalog) => {
  if (!cluster) throw new Error('the test cluster is not running');
  const store = await openPostgresStore({ url: await cluster.createDatabase(), command: 'api test', log: () => {} });
  opened.push(store);
  await store.catalog.update((draft) => void Object.assign(draft, structuredClone(catalog)));
  return store;
});
