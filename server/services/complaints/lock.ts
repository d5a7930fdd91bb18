import { ConflictError } from '../../errors.ts';
import type { Store } from '../../store/types.ts';

const busy = new WeakMap<Store, Set<string>>();

/**
 * Runs one action on a complaint at a time: the status check and the append must not interleave
 * with another action on the same complaint (two "verify" clicks would both pass the check).
 */
export async function withComplaintLock<T>(store: Store, trackingCode: string, action: () => Promise<T>): Promise<T> {
  let codes = busy.get(store);
  if (!codes) busy.set(store, (codes = new Set()));
  if (codes.has(trackingCode)) throw new ConflictError('Pengaduan sedang diproses; coba lagi / being updated, try again');
  codes.add(trackingCode);
  try {
    return await action();
  } finally {
    codes.delete(trackingCode);
  }
}
