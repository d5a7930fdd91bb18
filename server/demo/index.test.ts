import { describe, expect, it } from 'vitest';
import type { Catalog, ChainHead, DomainEvent, StoredEvent, Store } from '../store/types.ts';
import { demoCatalog } from './catalog.ts';
import { demoEvents } from './events.ts';
import { demoSurveys } from './surveys.ts';
import { loadDemoData, mergeByTime } from './index.ts';
import { createMemoryStore } from '../store/memory/index.ts';

/** Just enough of a Store to watch what loadDemoData does; the real stores have their own contract suite. */
function fakeStore() {
  let catalog: Catalog = { agencies: [], offices: [], services: [], holidays: [], demo: false };
  const batches: number[] = [];
  const stored: StoredEvent[] = [];
  const store: Store = {
    ...createMemoryStore(),
    catalog: {
      get: () => catalog,
      async update(change) {
        const draft = structuredClone(catalog);
        change(draft);
        catalog = draft;
      }
    },
    async append(events: readonly DomainEvent[]) {
      batches.push(events.length);
      const added = events.map((event, i) => ({ ...event, seq: stored.length + i + 1, hash: 'x' }));
      stored.push(...added);
      return added;
    },
    subscribe: async () => () => {},
    head: (): ChainHead => ({ seq: stored.length, hash: 'x' }),
    verify: async () => ({ ok: true, events: stored.length }),
    close: async () => {}
  };
  return { store, batches, stored, catalog: () => catalog };
}

describe('loadDemoData', () => {
  it('writes the catalog and the accounts, then every demo event in order, in batches of at most 5,000', async () => {
    const now = Date.parse('2026-01-15T09:00:00+07:00');
    const fake = fakeStore();
    const result = await loadDemoData(fake.store, now);

    const { surveyPopulations, ...catalog } = fake.catalog();
    const { staff, ...demo } = demoCatalog();
    expect(catalog).toEqual(demo);
    expect(fake.store.staff.all()).toEqual(staff);
    expect(surveyPopulations!.length).toBeGreaterThan(0);
    expect(result.offices).toBe(demoCatalog().offices.length);
    const expected = mergeByTime(demoEvents({ now }), demoSurveys({ now }));
    expect(result.events).toBe(expected.length);
    expect(fake.stored.length).toBe(expected.length);
    expect(fake.batches.every((size) => size > 0 && size <= 5_000)).toBe(true);
    expect(fake.batches.length).toBe(Math.ceil(expected.length / 5_000));
    expect(fake.stored.map(({ seq: _seq, hash: _hash, ...event }) => event).slice(-100)).toEqual(expected.slice(-100));
  });
});
