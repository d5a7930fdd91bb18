import { request } from './api.ts';
import { Outbox } from './outbox.ts';

/** localStorage, unless the browser refuses it: reading the property itself throws in some privacy modes. */
function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** The one outbox of this page: every widget's submissions go through it. */
export const outbox = new Outbox({
  send: (parcel) => request(parcel.url, parcel.body, { key: parcel.key }),
  storage,
  online: () => globalThis.navigator?.onLine !== false
});
