import type { Store } from '../store/types.ts';
import { demoCatalog } from './catalog.ts';
import { demoEvents } from './events.ts';
import { demoPopulations, demoSurveys } from './surveys.ts';

export { demoCatalog } from './catalog.ts';
export { demoEvents } from './events.ts';
export { demoSurveys } from './surveys.ts';

/** Events per store.append call: big enough to be quick, small enough to keep each segment write bounded. */
const BATCH_SIZE = 5_000;

/** Loads the fictional Kabupaten Sukamaju into an empty store: catalog and accounts first, then events in batches. */
export async function loadDemoData(store: Store, now: number): Promise<{ offices: number; events: number }> {
  const catalog = demoCatalog();
  // An account made before (npm run admin) keeps its email: the demo's of the same email is left out.
  for (const account of catalog.staff) if (!store.staff.byEmail(account.email)) await store.staff.create(account);
  await store.catalog.update((draft) => {
    draft.agencies = catalog.agencies;
    draft.offices = catalog.offices;
    draft.services = catalog.services;
    draft.holidays = catalog.holidays;
    draft.surveyPopulations = demoPopulations(now);
    draft.demo = true;
  });
  const events = mergeByTime(demoEvents({ now }), demoSurveys({ now }));
  for (let start = 0; start < events.length; start += BATCH_SIZE) {
    await store.append(events.slice(start, start + BATCH_SIZE));
  }
  return { offices: catalog.offices.length, events: events.length };
}

/** Two time-sorted streams as one, the first's events first at equal times (the log stays chronological). */
export function mergeByTime<A extends { at: number }, B extends { at: number }>(a: readonly A[], b: readonly B[]): (A | B)[] {
  const out: (A | B)[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) out.push(j >= b.length || (i < a.length && a[i]!.at <= b[j]!.at) ? a[i++]! : b[j++]!);
  return out;
}
