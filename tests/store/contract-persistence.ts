import { expect, it } from 'vitest';
import type { DomainEvent, Store } from '../../server/store/types.ts';
import { rating, sampleEvents } from './fixtures/events.ts';
import { replayAll, withoutChain } from './harness.ts';

/** The contract cases for stores that keep their data: reopening the same dir finds it all. */
export function persistenceCases<S extends Store>(withStore: (test: (store: S, reopen: () => Promise<S>) => Promise<void>) => Promise<void>) {
  it('keeps events, head and chain across reopen, and continues the chain', () =>
    withStore(async (store, reopen) => {
      const stored = await store.append(sampleEvents);
      const reopened = await reopen();
      expect(reopened.head()).toEqual(store.head());
      expect(await replayAll(reopened)).toStrictEqual(stored);
      const [next] = await reopened.append([rating(1)]);
      expect(next!.seq).toBe(stored.length + 1);
      expect(await reopened.verify()).toEqual({ ok: true, events: stored.length + 1 });
    }));

  it('keeps order over many small and large appends across reopens', () =>
    withStore(async (store, reopen) => {
      const sent: DomainEvent[] = [];
      let current = store;
      for (const size of [1, 7, 10, 3, 25, 1, 9]) {
        const events = Array.from({ length: size }, (_, n) => rating(sent.length + n));
        await current.append(events);
        sent.push(...events);
        if (size % 2 === 1) current = await reopen();
      }
      const seen = await replayAll(current);
      expect(seen.map(withoutChain)).toStrictEqual(sent);
      expect(seen.map((event) => event.seq)).toEqual(sent.map((_, n) => n + 1));
      expect(await current.verify()).toEqual({ ok: true, events: sent.length });
    }));
}
