/**
 * Remembers computed figures until what they depend on changes. Figures also depend on "now"
 * (open complaints age, deadlines pass), so callers put the current minute into the token.
 */
export class FigureMemo<T> {
  readonly #entries = new Map<string, { token: string; value: T }>();

  constructor(private readonly capacity = 2000) {}

  get(key: string, token: string, compute: () => T): T {
    const hit = this.#entries.get(key);
    if (hit?.token === token) return hit.value;
    const value = compute();
    this.#entries.delete(key);
    this.#entries.set(key, { token, value });
    // Maps iterate in insertion order: the first key is the least recently computed.
    if (this.#entries.size > this.capacity) this.#entries.delete(this.#entries.keys().next().value!);
    return value;
  }
}

const generations = new WeakMap<object, number>();
let lastGeneration = 0;

/**
 * A number for an object that is replaced, never changed, when its content changes (the catalog):
 * a cache token for "this version of it".
 */
export function generation(object: object): number {
  let number = generations.get(object);
  if (number === undefined) generations.set(object, (number = ++lastGeneration));
  return number;
}
