// Submissions that could not be sent yet, retried with backoff until the server has them. Each parcel carries an
// idempotency key from its first attempt on, so however often it is sent (a lost answer, two tabs, the snippet
// pasted twice) the server stores it once. Ratings are kept in localStorage and survive a reload; complaints,
// which may hold a name and phone number, only in memory: the host site's storage is readable by its own scripts.
import type { SendFailure, Sent } from './api.ts';

/** One submission on its way; `keep`: also on the device, to survive a reload (JSON only: a form with files never). */
export type Parcel = { key: string; url: string; body: string | FormData; keep: boolean; at: number; tries: number; next: number };

/** What the first attempt came to: delivered, waiting for another try, or refused for good (a 4xx). */
export type Outcome = { state: 'sent'; body: unknown } | { state: 'queued' } | { state: 'rejected'; failure: SendFailure };

export type OutboxDeps = {
  send: (parcel: Parcel) => Promise<Sent<unknown>>;
  /** localStorage, or undefined where the browser refuses it (privacy modes, sandboxed frames). */
  storage: () => Storage | undefined;
  online: () => boolean;
  now?: () => number;
  random?: () => number;
};

export const STORAGE_KEY = 'suara-layanan:outbox';
/** A parcel older than this is dropped unsent; the server remembers idempotency keys longer. */
export const MAX_AGE_MS = 30 * 24 * 3600_000;

/** Delay before try number `tries + 1`: 2 s doubling to 5 min, ±20 % so that many devices do not retry in step. */
export function backoff(tries: number, random: () => number = Math.random): number {
  return Math.min(300_000, 2000 * 2 ** (tries - 1)) * (0.8 + 0.4 * random());
}

export class Outbox {
  #deps: Required<OutboxDeps>;
  /** This page's parcels; the device may hold more, from earlier visits or other tabs. */
  #parcels: Parcel[] = [];
  #sending = new Set<string>();
  #listeners = new Map<string, (result: Sent<unknown>) => void>();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #flushing: Promise<void> | undefined;
  #again = false;
  #started = false;

  constructor(deps: OutboxDeps) {
    this.#deps = { now: Date.now, random: Math.random, ...deps };
  }

  /** The device's parcels, changed by `change` when given; anything unreadable or unwritable counts as none. */
  #stored(change?: (parcels: Parcel[]) => Parcel[]): Parcel[] {
    try {
      const storage = this.#deps.storage();
      const cutoff = this.#deps.now() - MAX_AGE_MS;
      let parcels = (JSON.parse(storage?.getItem(STORAGE_KEY) || '[]') as Parcel[]).filter((p) => p.at > cutoff && typeof p.body == 'string');
      if (!change) return parcels;
      parcels = change(parcels).slice(-50);
      if (parcels.length) storage?.setItem(STORAGE_KEY, JSON.stringify(parcels));
      else storage?.removeItem(STORAGE_KEY); // nothing of ours stays in the host site's storage
      return parcels;
    } catch {
      return [];
    }
  }

  /** This page's parcels and the device's, each key once, oldest first. */
  pending(): Parcel[] {
    const mine = new Set(this.#parcels.map((p) => p.key));
    return [...this.#parcels, ...this.#stored().filter((p) => !mine.has(p.key))].sort((a, b) => a.at - b.at);
  }

  /** Keeps the parcel, tries it at once unless offline, and tells how that went. */
  async submit({ key, url, body }: Pick<Parcel, 'key' | 'url' | 'body'>, keep: boolean): Promise<Outcome> {
    const now = this.#deps.now();
    const parcel: Parcel = { key, url, body, keep, at: now, tries: 0, next: now };
    this.#parcels.push(parcel);
    if (keep) this.#stored((parcels) => [...parcels, parcel]);
    const result = this.#deps.online() ? await this.#attempt(parcel) : undefined;
    this.#schedule();
    if (result?.ok) return { state: 'sent', body: result.body };
    return result?.reason === 'rejected' ? { state: 'rejected', failure: result } : { state: 'queued' };
  }

  /** Calls `listener` once, when the parcel with `key` is finally delivered or refused. */
  onSettled(key: string, listener: (result: Sent<unknown>) => void): void {
    this.#listeners.set(key, listener);
  }

  async #attempt(parcel: Parcel): Promise<Sent<unknown>> {
    this.#sending.add(parcel.key);
    const result = await this.#deps.send(parcel).catch((): SendFailure => ({ ok: false, reason: 'network' }));
    this.#sending.delete(parcel.key);
    this.#parcels = this.#parcels.filter((p) => p.key !== parcel.key);
    if (result.ok || result.reason === 'rejected') {
      if (parcel.keep) this.#stored((parcels) => parcels.filter((p) => p.key !== parcel.key));
    } else {
      // Kept by this page from now on (retries are not written back; a reload starts the backoff over).
      this.#parcels.push({ ...parcel, tries: parcel.tries + 1, next: this.#deps.now() + backoff(parcel.tries + 1, this.#deps.random) });
    }
    return result;
  }

  /**
   * Sends what is due, oldest first; stops at the first lost connection. One run at a time: the signals that
   * call it (back online, the page shown again, the retry timer) often come together, and a second run working
   * from its own list would send again what the first had just delivered. A call during a run asks for one
   * more run after it, and resolves when that is done.
   */
  flush(): Promise<void> {
    if (this.#flushing) {
      this.#again = true;
      return this.#flushing;
    }
    const run = async () => {
      do {
        this.#again = false;
        await this.#sendDue();
      } while (this.#again);
    };
    return (this.#flushing = run().finally(() => (this.#flushing = undefined)));
  }

  async #sendDue(): Promise<void> {
    for (const { key } of this.pending()) {
      // As it is now, not as listed: a send from `submit` may have delivered it, or put it back for later.
      const parcel = this.pending().find((p) => p.key === key);
      if (!parcel || parcel.next > this.#deps.now() || this.#sending.has(key)) continue;
      const result = await this.#attempt(parcel);
      if (result.ok || result.reason === 'rejected') {
        this.#listeners.get(key)?.(result);
        this.#listeners.delete(key);
      } else if (result.reason === 'network') break;
    }
    this.#schedule();
  }

  /**
   * Sends what earlier visits left, and again whenever the device comes back online or the page into view.
   * The outbox is the one owner of these listeners; a second call changes nothing.
   */
  start(target: Window): void {
    if (this.#started) return;
    this.#started = true;
    const flush = () => void this.flush();
    target.addEventListener('online', flush);
    target.addEventListener('pageshow', flush);
    target.document.addEventListener('visibilitychange', flush);
    flush();
  }

  // Offline, the `online` event is the signal; the slow timer only covers a browser that never sends it.
  #schedule(): void {
    clearTimeout(this.#timer);
    const next = Math.min(...this.pending().map((p) => p.next));
    if (next < Infinity) this.#timer = setTimeout(() => void this.flush(), Math.max(this.#deps.online() ? 250 : 30_000, next - this.#deps.now()));
  }
}
