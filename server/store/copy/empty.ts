import type { Store } from '../types.ts';

/** Whether a store holds nothing yet: no event, and a catalog with no agency, office, service or account. */
export function isEmptyStore(store: Store): boolean {
  const catalog = store.catalog.get();
  return store.head().seq === 0 && [catalog.agencies, catalog.offices, catalog.services, catalog.staff].every((list) => list.length === 0);
}
