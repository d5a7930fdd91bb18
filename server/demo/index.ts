import type { Store } from '../store/types.ts';
import { demoCatalog } from './catalog.ts';
import { demoEvents } from './events.ts';

export { demoCatalog } from './catalog.ts';
export { demoEvents } from './events.ts';

/** Events per store.append call: big enough to be quick, small enough to keep each segment write bounded. */
const BATCH_SIZE = 5_000;

/** Loads the fictional Kabupaten Sukamaju into an empty store: catalog first, then events in batches. */
export async function loadDemoData(store: Store, now: number): Promise<{ offices: number; events: number }> {
  const catalog = demoCatalog();
  await store.catalog.update((draft) => {
    draft.agencies = catalog.agencies;
    draft.offices = catalog.offices;
    draft.services = catalog.services;
    draft.holidays = catalog.holidays;
    draft.demo = true;
  });
  const events = demoEvents({ now });
  for (let start = 0; start < events.length; start += BATCH_SIZE) {
    await store.append(events.slice(start, start + BATCH_SIZE));
  }
  return { offices: catalog.offices.length, events: events.length };
}
