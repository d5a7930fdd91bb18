import { createMemoryStore } from '../../../server/store/memory/index.ts';
import type { Catalog, Store } from '../../../server/store/types.ts';

/**
 * The store an API test runs on: in memory by default; with SUARA_TEST_STORE=postgres (the `api-postgres`
 * project in vite.config.ts) a fresh database of the file's throwaway cluster (./postgres-engine.ts), with
 * the same catalog. Either way the test sees a new, empty store.
 */
export const TEST_ENGINE = process.env.SUARA_TEST_STORE === 'postgres' ? 'postgres' : 'memory';

type Opener = (catalog: Catalog) => Promise<Store>;
let openOnPostgres: Opener | undefined;

/** Set by ./postgres-engine.ts, the setup file of the PostgreSQL run. */
export function provideTestStore(opener: Opener): void {
  openOnPostgres = opener;
}

export async function testStore(catalog: Catalog): Promise<Store> {
  if (TEST_ENGINE === 'memory') return createMemoryStore(catalog);
  if (!openOnPostgres) throw new Error('SUARA_TEST_STORE=postgres needs tests/api/support/postgres-engine.ts as a setup file (vite.config.ts)');
  return openOnPostgres(catalog);
}
