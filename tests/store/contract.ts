import { describe, expect, it } from 'vitest';
import { ResumePointMismatch } from '../../server/store/resume.ts';
import type { DomainEvent, Store, StoredEvent } from '../../server/store/types.ts';
import { rating, sampleEvents } from './fixtures/events.ts';
import { concurrencyCases } from './contract-concurrency.ts';
import { copyCases } from './contract-copy.ts';
import { persistenceCases } from './contract-persistence.ts';
import { replayAll, withoutChain, withStore as withStoreIn } from './harness.ts';

export type ContractOptions<S extends Store> = {
  /** Whether a store reopened on the same dir sees what the previous one stored. */
  persistent: boolean;
  /** How many writes the store made, to show group commit (omit where writes are free). */
  writes?: (store: S) => number;
};

const HASH = /^[A-Za-z0-9_-]{22}$/;

const agency = { id: 'pemkab-sukamaju', name: 'Pemerintah Kabupaten Sukamaju', level: 'kabupaten' } as const;

/** The behaviour every Store implementation must have; `open` gets a fresh empty dir per test. */
export function storeContract<S extends Store>(name: string, open: (dir: string) => Promise<S>, options: ContractOptions<S>) {
  const withStore = (test: (store: S, reopen: () => Promise<S>) => Promise<void>) => withStoreIn(open, test);

  describe(`Store contract: ${name}`, () => {
    it('numbers appended events 1..n and chains them by hash', () =>
      withStore(async (store) => {
        expect(store.head()).toEqual({ seq: 0, hash: 'A'.repeat(22) });
        const first = await store.append([rating(1), rating(2)]);
        const second = await store.append([rating(3)]);
        const all = [...first, ...second];
        expect(all.map((event) => event.seq)).toEqual([1, 2, 3]);
        for (const event of all) expect(event.hash).toMatch(HASH);
        expect(new Set(all.map((event) => event.hash)).size).toBe(3);
        expect(store.head()).toEqual({ seq: 3, hash: second[0]!.hash });
        expect(await store.append([])).toEqual([]);
        expect(store.head().seq).toBe(3);
      }));

    it('gives back every kind of event exactly as appended, optional fields absent', () =>
      withStore(async (store) => {
        const stored = await store.append(sampleEvents);
        const expected = sampleEvents.map((event, index) => ({ ...event, seq: index + 1, hash: stored[index]!.hash }));
        expect(stored).toStrictEqual(expected);
        expect(await replayAll(store)).toStrictEqual(expected);
      }));

    it('reads back the stored ratings up to a seq, in order, and nothing else (the open-data export)', () =>
      withStore(async (store) => {
        const stored = await store.append(sampleEvents);
        const read: DomainEvent[] = [];
        await store.readRatings?.({ after: 1, upTo: stored.length - 1 }, (rating) => read.push(rating));
        if (!store.readRatings) return;
        const expected = sampleEvents.slice(1, stored.length - 1).filter((event) => event.type === 'rating.recorded');
        expect(expected.length).toBeGreaterThan(1);
        expect(read).toStrictEqual(expected);
      }));

    it('replays what is stored, then streams new commits, each once and in order', () =>
      withStore(async (store) => {
        await store.append([rating(1), rating(2)]);
        const seen: StoredEvent[] = [];
        const unsubscribe = await store.subscribe((event) => seen.push(event));
        expect(seen.map((event) => event.seq)).toEqual([1, 2]);
        const appended = await store.append([rating(3)]);
        expect(seen.at(-1)).toStrictEqual(appended[0]);
        unsubscribe();
        await store.append([rating(4)]);
        expect(seen.map((event) => event.seq)).toEqual([1, 2, 3]);
      }));

    it('resumes after a given event: replays only what follows it, then streams commits', () =>
      withStore(async (store) => {
        const stored = await store.append(Array.from({ length: 25 }, (_, n) => rating(n)));
        // Around segment boundaries too, for the stores that keep segments (10 per segment in one run).
        for (const after of [0, 1, 9, 10, 11, 19, 20, 24]) {
          const seen: StoredEvent[] = [];
          const from = after === 0 ? { seq: 0, hash: 'A'.repeat(22) } : { seq: after, hash: stored[after - 1]!.hash };
          (await store.subscribe((event) => seen.push(event), { after: from }))();
          expect(seen, `after ${after}`).toStrictEqual(stored.slice(after));
        }
        const seen: StoredEvent[] = [];
        const unsubscribe = await store.subscribe((event) => seen.push(event), { after: store.head() });
        expect(seen).toEqual([]);
        const appended = await store.append([rating(25)]);
        expect(seen).toStrictEqual(appended);
        unsubscribe();
      }));

    it('refuses to resume after an event it does not hold as given, and delivers nothing', () =>
      withStore(async (store) => {
        const stored = await store.append(Array.from({ length: 12 }, (_, n) => rating(n)));
        const seen: StoredEvent[] = [];
        const wrong = [
          { seq: 5, hash: stored[5]!.hash }, // another event's hash
          { seq: 12, hash: stored[10]!.hash }, // at the head, with another hash
          { seq: 13, hash: stored[11]!.hash }, // past the end
          { seq: 0, hash: stored[0]!.hash } // another chain's start
        ];
        for (const after of wrong) {
          await expect(
            store.subscribe((event) => seen.push(event), { after }),
            `after ${after.seq}`
          ).rejects.toBeInstanceOf(ResumePointMismatch);
        }
        await store.append([rating(12)]);
        expect(seen).toEqual([]);
      }));

    // A subscribe in the same tick as an append finds it queued; a tick later, being written.
    it.each(['queued', 'being written'] as const)('delivers every event exactly once when a subscribe races an append that is %s', (moment) =>
      withStore(async (store) => {
        await store.append(Array.from({ length: 50 }, (_, n) => rating(n)));
        const seen: number[] = [];
        const before = store.append([rating(50)]);
        if (moment === 'being written') await new Promise((resolve) => setImmediate(resolve));
        const subscribed = store.subscribe((event) => seen.push(event.seq));
        const during = Array.from({ length: 20 }, (_, n) => store.append([rating(51 + n)]));
        await Promise.all([before, subscribed, ...during]);
        await store.append([rating(71)]);
        expect(seen).toEqual(Array.from({ length: 72 }, (_, n) => n + 1));
      })
    );

    it('commits 200 concurrent appends with distinct consecutive seqs, in call order', () =>
      withStore(async (store) => {
        const writesBefore = options.writes?.(store) ?? 0;
        const sent = Array.from({ length: 200 }, (_, n) => rating(n));
        const stored = (await Promise.all(sent.map((event) => store.append([event])))).flat();
        expect(stored.map((event) => [event.seq, withoutChain(event)])).toStrictEqual(sent.map((event, n) => [n + 1, event]));
        if (options.writes) expect(options.writes(store) - writesBefore).toBeLessThan(200 / 2);
        expect(await store.verify()).toEqual({ ok: true, events: 200 });
      }));

    it('rejects a call holding an event it cannot store, and stores none of it', () =>
      withStore(async (store) => {
        await store.append([rating(1)]);
        const unknown = { ...rating(2), type: 'rating.deleted' } as unknown as DomainEvent;
        await expect(store.append([rating(2), unknown])).rejects.toThrow(/unknown event type/);
        expect(store.head().seq).toBe(1);
        expect((await replayAll(store)).map(withoutChain)).toStrictEqual([rating(1)]);
      }));

    it('verifies the chain and reports its head', () =>
      withStore(async (store) => {
        expect(await store.verify()).toEqual({ ok: true, events: 0 });
        const stored = await store.append(sampleEvents);
        expect(store.head()).toEqual({ seq: stored.length, hash: stored.at(-1)!.hash });
        expect(await store.verify()).toEqual({ ok: true, events: stored.length });
      }));

    it('updates the catalog, and a change that throws changes nothing', () =>
      withStore(async (store, reopen) => {
        expect(store.catalog.get()).toEqual({ agencies: [], offices: [], services: [], holidays: [], demo: false });
        await store.catalog.update((draft) => {
          draft.agencies.push({ ...agency });
          draft.holidays.push('2025-08-17');
          draft.demo = true;
        });
        await expect(
          store.catalog.update((draft) => {
            draft.holidays.push('2025-12-25');
            throw new Error('invalid change');
          })
        ).rejects.toThrow('invalid change');
        const expected = { agencies: [agency], offices: [], services: [], holidays: ['2025-08-17'], demo: true };
        expect(store.catalog.get()).toEqual(expected);
        if (options.persistent) expect((await reopen()).catalog.get()).toEqual(expected);
      }));

    it('finishes pending appends on close and refuses appends after it', () =>
      withStore(async (store, reopen) => {
        const pending = store.append([rating(1)]);
        await store.close();
        await expect(pending).resolves.toHaveLength(1);
        await expect(store.append([rating(2)])).rejects.toThrow(/closed/);
        if (options.persistent) expect((await reopen()).head().seq).toBe(1);
      }));

    concurrencyCases(withStore, options.persistent);
    copyCases(withStore);
    if (options.persistent) persistenceCases(withStore);
  });
}
