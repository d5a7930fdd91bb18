import type { StoredEvent } from './events.ts';

type Subscriber = {
  listener: (event: StoredEvent) => void;
  /** Commits that arrive while the replay still runs wait here, so nothing is seen twice or early. */
  backlog: StoredEvent[] | undefined;
  active: boolean;
};

/** The listeners of a store: replay first, then every commit, each event exactly once and in order. */
export class Subscribers {
  readonly #subscribers = new Set<Subscriber>();

  /** Hands newly committed events (in seq order) to every subscriber. */
  notify(events: readonly StoredEvent[]): void {
    for (const subscriber of this.#subscribers) {
      for (const event of events) {
        if (subscriber.backlog) subscriber.backlog.push(event);
        else deliver(subscriber, event);
      }
    }
  }

  /**
   * Registers `listener`, runs `replay` and then the backlog. The caller must take the replay's end
   * (the last committed seq) in the same synchronous step as this call: every later commit then
   * lands in the backlog, every earlier one in the replay.
   */
  async add(listener: (event: StoredEvent) => void, replay: (deliver: (event: StoredEvent) => void) => Promise<void> | void): Promise<() => void> {
    const subscriber: Subscriber = { listener, backlog: [], active: true };
    this.#subscribers.add(subscriber);
    const unsubscribe = () => {
      subscriber.active = false;
      this.#subscribers.delete(subscriber);
    };
    try {
      await replay((event) => deliver(subscriber, event));
    } catch (error) {
      unsubscribe();
      throw error;
    }
    const backlog = subscriber.backlog ?? [];
    subscriber.backlog = undefined;
    for (const event of backlog) deliver(subscriber, event);
    return unsubscribe;
  }
}

function deliver(subscriber: Subscriber, event: StoredEvent): void {
  if (!subscriber.active) return;
  try {
    subscriber.listener(event);
  } catch (error) {
    // A throwing listener (a view bug) must not stop the other listeners nor un-acknowledge a
    // durable write; it is rethrown outside the commit so it still surfaces as an uncaught error.
    queueMicrotask(() => {
      throw error;
    });
  }
}
