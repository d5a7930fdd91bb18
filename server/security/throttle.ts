import type { Clock } from '../clock.ts';

/**
 * Counts failures per key in a sliding window; a key with `limit` failures inside the window is
 * blocked until the oldest of them leaves it. Memory only: a restart forgives everyone.
 */
export class FailureThrottle {
  readonly #failures = new Map<string, number[]>();

  constructor(
    private readonly clock: Clock,
    readonly limit: number,
    readonly windowMs: number,
    private readonly maxKeys = 50_000
  ) {}

  /** Milliseconds until `key` may try again; 0 when it may try now (always for no key). */
  blockedFor(key: string | undefined): number {
    if (key === undefined) return 0;
    const recent = this.#recent(key);
    if (recent.length < this.limit) return 0;
    return recent[recent.length - this.limit]! + this.windowMs - this.clock.now();
  }

  fail(key: string | undefined): void {
    if (key === undefined) return;
    const recent = this.#recent(key);
    recent.push(this.clock.now());
    this.#failures.set(key, recent.slice(-this.limit));
    if (this.#failures.size > this.maxKeys) this.#sweep();
  }

  /** Forgets a key's failures (after a success). */
  reset(key: string): void {
    this.#failures.delete(key);
  }

  #recent(key: string): number[] {
    const since = this.clock.now() - this.windowMs;
    return (this.#failures.get(key) ?? []).filter((at) => at > since);
  }

  #sweep(): void {
    for (const key of [...this.#failures.keys()]) if (this.#recent(key).length === 0) this.#failures.delete(key);
    // Still full of live keys (an attack from many addresses): drop the oldest half rather than grow.
    if (this.#failures.size > this.maxKeys) [...this.#failures.keys()].slice(0, this.maxKeys / 2).forEach((k) => this.#failures.delete(k));
  }
}
