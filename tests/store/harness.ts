import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DomainEvent, Store, StoredEvent } from '../../server/store/types.ts';

/**
 * Runs `test` on a store opened in a fresh temp dir; `reopen` closes it and opens the same dir
 * again. Whatever is open at the end is closed and the dir removed, even when the test fails.
 */
export async function withStore<S extends Store>(open: (dir: string) => Promise<S>, test: (store: S, reopen: () => Promise<S>) => Promise<void>): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'suara-store-'));
  let store = await open(dir);
  try {
    await test(store, async () => {
      await store.close();
      return (store = await open(dir));
    });
  } finally {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/** Everything a store holds, as a new subscriber receives it in its replay. */
export async function replayAll(store: Store): Promise<StoredEvent[]> {
  const seen: StoredEvent[] = [];
  (await store.subscribe((event) => seen.push(event)))();
  return seen;
}

/** A stored event as it was appended: without its seq and hash. */
export function withoutChain({ seq, hash, ...event }: StoredEvent): DomainEvent {
  return event;
}
