type Window = { hits: number; resetAt: number };

/**
 * Hits per key in fixed windows that start at a key's first hit (as hono-rate-limiter's MemoryStore counts).
 * Keys not seen for a whole window are dropped in bulk: `current` holds the keys hit since the last turn,
 * `previous` those of the turn before, and a turn (at most once per window) forgets whatever stayed in `previous`.
 */
export class FixedWindows {
  #current = new Map<string, Window>();
  #previous = new Map<string, Window>();
  #turnAt: number | undefined;

  constructor(readonly windowMs: number) {}

  /** The hits `key` has in its window at `now`, counting nothing. */
  peek(key: string, now: number): number {
    const window = this.#current.get(key) ?? this.#previous.get(key);
    return window === undefined || window.resetAt <= now ? 0 : window.hits;
  }

  /** Counts one hit of `key` at `now` (ms); the window's hits so far, this one included, and when it ends. */
  hit(key: string, now: number): Readonly<Window> {
    if (this.#turnAt === undefined) this.#turnAt = now + this.windowMs;
    else if (now >= this.#turnAt) {
      this.#previous = this.#current;
      this.#current = new Map();
      this.#turnAt = now + this.windowMs;
    }
    let window = this.#current.get(key);
    if (window === undefined) {
      window = this.#previous.get(key) ?? { hits: 0, resetAt: now + this.windowMs };
      this.#previous.delete(key);
      this.#current.set(key, window);
    }
    if (window.resetAt <= now) {
      window.hits = 0;
      window.resetAt = now + this.windowMs;
    }
    window.hits++;
    return window;
  }
}
