import { ConflictError } from '../../errors.ts';
import type { Store } from '../../store/types.ts';

const busy = new WeakMap<Store, Set<string>>();

/**
 * Runs one review of a burst at a time in this process: the check and the append must not interleave with another
 * review of the same hour (two "exclude" clicks would both pass the check). Bursts are not a stream of the store
 * (complaints are: docs/architecture.md, "Concurrency"), so this holds within one process only.
 */
export async function withOneReviewAtATime<T>(store: Store, burstKey: string, review: () => Promise<T>): Promise<T> {
  let keys = busy.get(store);
  if (!keys) busy.set(store, (keys = new Set()));
  if (keys.has(burstKey)) throw new ConflictError('Lonjakan sedang ditinjau; coba lagi / being reviewed, try again');
  keys.add(burstKey);
  try {
    return await review();
  } finally {
    keys.delete(burstKey);
  }
}
