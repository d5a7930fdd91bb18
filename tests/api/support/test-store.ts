import { createMemoryStore } from '../../../server/store/memory/index.ts';
import { openSegmentLogStore } from '../../../server/store/segment-log/index.ts';
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
/** Opens another store on the database of `store`, as a restarted process would. */
type Reopener = (store: Store) => Promise<Store>;
/** A new, empty (migrated) database's URL, for a test that opens its stores itself, as the server does. */
type DatabaseMaker = () => Promise<string>;
let openOnPostgres: Opener | undefined;
let reopenOnPostgres: Reopener | undefined;
let newDatabase: DatabaseMaker | undefined;
const sharedOf = new WeakMap<Store, SharedState>();

/** Set by ./postgres-engine.ts, the setup file of the PostgreSQL run. */
export function provideTestStore(engine: { open: Opener; reopen: Reopener; database: DatabaseMaker }): void {
  openOnPostgres = engine.open;
  reopenOnPostgres = engine.reopen;
  newDatabase = engine.database;
}

export async function testStore(catalog: TestSeed): Promise<Store> {
  if (TEST_ENGINE === 'memory') return createMemoryStore(catalog);
  if (!openOnPostgres) throw new Error('SUARA_TEST_STORE=postgres needs tests/api/support/postgres-engine.ts as a setup file (vite.config.ts)');
  const { store, shared } = await openOnPostgres(catalog);
  sharedOf.set(store, shared);
  return store;
}

/**
 * A store whose appends wait for their I/O, as in production: the segment log in `dir` on the memory run (the
 * memory store answers at once), the test's database on PostgreSQL. The caller closes it (closing twice is fine).
 */
export async function diskTestStore(seed: TestSeed, dir: string): Promise<Store> {
  if (TEST_ENGINE === 'postgres') return testStore(seed);
  const store = await openSegmentLogStore({ dir, log: () => {} });
  const { staff = [], ...catalog } = structuredClone(seed);
  await store.catalog.update((draft) => void Object.assign(draft, catalog));
  for (const account of staff) await store.staff.create(account);
  return store;
}

/**
 * Closes `store` and opens its data again, as a restart does: the segment log's `dir` on the memory run (a store
 * from `diskTestStore`), the same database on PostgreSQL.
 */
export async function reopenTestStore(store: Store, dir: string): Promise<Store> {
  await store.close();
  if (TEST_ENGINE === 'memory') return openSegmentLogStore({ dir, log: () => {} });
  const reopened = await reopenOnPostgres!(store);
  sharedOf.set(reopened, sharedOf.get(store)!);
  return reopened;
}

/** DATABASE_URL for a test that starts the server itself (server/boot.ts): a new database on PostgreSQL; none (DATA_DIR) in memory. */
export async function testDatabaseUrl(): Promise<string | undefined> {
  return TEST_ENGINE === 'postgres' ? newDatabase!() : undefined;
}

/** The shared state of `store`'s installation on PostgreSQL; undefined in memory, where a test picks its own files. */
export function sharedStateOf(store: Store): SharedState | undefined {
  return sharedOf.get(store);
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
