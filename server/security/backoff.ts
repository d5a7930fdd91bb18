import type { Clock } from '../clock.ts';

export type BackoffPolicy = {
  /** Failures that cost nothing (typos). */
  free: number;
  /** The wait after the first failure past the free ones; each further failure doubles it. */
  firstWaitMs: number;
  /** The wait never grows past this. */
  maxWaitMs: number;
  /** A key is forgotten this long after its last failure. */
  forgetMs: number;
};

type Entry = { failures: number; lastAt: number };

/** The wait after `failures` failures in a row: nothing for the free ones, then doubling up to the ceiling. */
export function backoffWait({ free, firstWaitMs, maxWaitMs }: BackoffPolicy, failures: number): number {
  if (failures <= free) return 0;
  return Math.min(maxWaitMs, firstWaitMs * 2 ** Math.min(failures - free - 1, 40));
}

/**
 * Exponential backoff per key, meant for (account or code, client) pairs: each failure past the free ones
 * doubles the wait of that pair only, so a guesser slows itself down and nobody else. Memory only: a
 * restart forgives everyone.
 */
export class Backoff {
  readonly #entries = new Map<string, Entry>();

  constructor(
    private readonly clock: Clock,
    readonly policy: BackoffPolicy,
    private readonly maxKeys = 50_000
  ) {}

  /** Milliseconds until `key` may try again; 0 when it may try now. */
  blockedFor(key: string): number {
    const entry = this.#live(key);
    if (!entry || entry.failures <= this.policy.free) return 0;
    return Math.max(0, entry.lastAt + this.waitAfter(entry.failures) - this.clock.now());
  }

  /** The wait a key has after `failures` failures in a row. */
  waitAfter(failures: number): number {
    return backoffWait(this.policy, failures);
  }

  fail(key: string): void {
    const entry = this.#live(key) ?? { failures: 0, lastAt: 0 };
    this.#entries.delete(key); // re-inserted last: the map stays in order of last failure
    this.#entries.set(key, { failures: entry.failures + 1, lastAt: this.clock.now() });
    if (this.#entries.size > this.maxKeys) this.#sweep();
  }

  /** Forgets a key (after a success). */
  reset(key: string): void {
    this.#entries.delete(key);
  }

  #live(key: string): Entry | undefined {
    const entry = this.#entries.get(key);
    if (entry && this.clock.now() - entry.lastAt > this.policy.forgetMs) {
      this.#entries.delete(key);
      return undefined;
    }
    return entry;
  }

  #sweep(): void {
    // Oldest first (see fail): drop the forgotten, and if still full (many clients at once) the older half.
    for (const [key, entry] of this.#entries) {
      if (this.clock.now() - entry.lastAt <= this.policy.forgetMs && this.#entries.size <= this.maxKeys / 2) break;
      this.#entries.delete(key);
    }
  }
}
