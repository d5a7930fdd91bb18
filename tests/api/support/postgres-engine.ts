/*
 * The setup file of the API suite's PostgreSQL run (vite.config.ts, project `api-postgres`): one throwaway
 * cluster per test file, one fresh database per store a test opens, every store closed after its test.
 */
import { afterAll, afterEach, beforeAll } from 'vitest';
import { openPostgresSharedState } from '../../../server/shared-state/postgres/index.ts';
import { openPostgresStore } from '../../../server/store/postgres/index.ts';
import { startPostgresCluster, type PostgresCluster } from '../../support/postgres-cluster.ts';
import { provideTestStore } from './test-store.ts';

let cluster: PostgresCluster | undefined;
const opened: { close(): Promise<void> }[] = [];

beforeAll(async () => {
  cluster = await startPostgresCluster();
}, 180_000);

afterEach(async () => {
  // The shared state first (it gives up the lead), then the store, newest first.
  for (const each of opened.splice(0).reverse()) await each.close().catch(() => {});
});

afterAll(async () => {
  await cluster?.stop();
});

provideTestStore(async (catalog) => {
  if (!cluster) throw new Error('the test cluster is not running');
  const url = await cluster.createDatabase();
  const store = await openPostgresStore({ url, command: 'api test', log: () => {} });
  opened.push(store);
  const shared = await openPostgresSharedState(url, { log: () => {} });
  opened.push(shared);
  const { staff = [], ...catalogOnly } = catalog;
  await store.catalog.update((draft) => void Object.assign(draft, structuredClone(catalogOnly)));
  for (const account of staff) await store.staff.create(structuredClone(account));
  return { store, shared };
});
