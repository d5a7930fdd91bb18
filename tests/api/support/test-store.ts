import { createMemoryStore } from '../../../server/store/memory/index.ts';
import type { AppConfig } from '../../../server/app.ts';
import type { SharedState } from '../../../server/shared-state/index.ts';
import type { Catalog, StaffAccount, Store } from '../../../server/store/types.ts';

/**
 * The store an API test runs on: in memory by default; with SUARA_TEST_STORE=postgres (the `api-postgres`
 * project in vite.config.ts) a fresh database of the file's throwaway cluster (./postgres-engine.ts), with
 * the same catalog. Either way the test sees a new, empty store.
 */
export const TEST_ENGINE = process.env.SUARA_TEST_STORE === 'postgres' ? 'postgres' : 'memory';

/** A catalog, and the console accounts the test starts with (kept in the store's accounts, not the catalog). */
export type TestSeed = Partial<Catalog> & { staff?: readonly StaffAccount[] };

type Opener = (catalog: TestSeed) => Promise<{ store: Store; shared: SharedState }>;
let openOnPostgres: Opener | undefined;
const sharedOf = new WeakMap<Store, SharedState>();

/** Set by ./postgres-engine.ts, the setup file of the PostgreSQL run. */
export function provideTestStore(opener: Opener): void {
  openOnPostgres = opener;
}

export async function testStore(catalog: TestSeed): Promise<Store> {
  if (TEST_ENGINE === 'memory') return createMemoryStore(catalog);
  if (!openOnPostgres) throw new Error('SUARA_TEST_STORE=postgres needs tests/api/support/postgres-engine.ts as a setup file (vite.config.ts)');
  const { store, shared } = await openOnPostgres(catalog);
  sharedOf.set(store, shared);
  return store;
}

/**
 * An app's config with what the processes of `store`'s installation share (server/shared-state/): on
 * PostgreSQL the database's server key, webhook state, leadership and claims, so the API tests run those too.
 * What the test sets itself wins.
 */
export function withSharedState(store: Store, config: Partial<AppConfig>): Partial<AppConfig> {
  const shared = sharedOf.get(store);
  if (!shared) return config;
  const { leadership, claims } = shared;
  return {
    serverKey: shared.serverKey,
    ...config,
    webhooks: { state: shared.webhooks, leadership, claims, ...config.webhooks },
    ...(config.notifications && { notifications: { leadership, claims, ...config.notifications } })
  };
}
