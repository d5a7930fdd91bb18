import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../server/store/memory/index.ts';
import { storeContract } from './contract.ts';

storeContract('memory', async () => createMemoryStore(), { persistent: false });

describe('memory store', () => {
  it('starts from the catalog it is given', () => {
    const store = createMemoryStore({ holidays: ['2025-08-17'] });
    expect(store.catalog.get()).toEqual({ agencies: [], offices: [], services: [], holidays: ['2025-08-17'], demo: false });
  });
});
