import { createHash, createHmac, randomBytes } from 'node:crypto';
import { encodeCrockford, SECRET_LENGTH } from '../../shared/codes/codes.ts';
import { DomainError } from '../errors.ts';
import type { Clock } from '../clock.ts';
import { GENESIS_HASH } from '../store/chain.ts';
import { DuplicateSubmission, type SubmissionKind } from '../store/conflicts.ts';
import { REMEMBER_MS } from '../store/stream-guard.ts';
import type { ChainHead, Store, StoredEvent } from '../store/types.ts';

/**
 * Exactly-once submissions: a client that cannot know whether its POST arrived (a lost answer, a
 * widget's offline queue) sends it again with the same `Idempotency-Key` header, and gets the first answer back
 * instead of a second rating or complaint. The key's hash is stored in the event itself, so the index below is
 * rebuilt from the log on every start: a repeat after a restart is answered like one a second later.
 * (draft-ietf-httpapi-idempotency-key-header: same key and same request → the stored answer.)
 */

/** What a client may send: 16–128 URL-safe characters. The widgets send 128 random bits (22 characters). */
export const KEY_PATTERN = /^[A-Za-z0-9_-]{16,128}$/;
/** How long a key is answered (the store keeps it as long); the widgets give up on a submission sooner (widgets/shared/outbox.ts). */
export { REMEMBER_MS };
export type { SubmissionKind };

/** What the log says about the first submission with a key. */
export type FirstSubmission = { seq: number; at: number; officeId: string; trackingCode?: string; score?: 1 | 2 | 3 | 4 };

/** The hash stored in events: a leaked log does not hand out keys (for a complaint a key leads to its secret). */
export function hashKey(key: string): string {
  return createHash('sha256').update(key).digest('base64url').slice(0, 22);
}

export class IdempotencyIndex {
  readonly #first = new Map<string, FirstSubmission>();
  readonly #inFlight = new Map<string, Promise<unknown>>();
  // Who waits for the index to reach a seq (a duplicate the store found, written by another process or just now).
  #waiting: { seq: number; resolve: () => void }[] = [];
  #head: ChainHead = { seq: 0, hash: GENESIS_HASH };

  constructor(
    private readonly clock: Clock,
    /** Server-side secret (kept in DATA_DIR): complaint secrets derived from it survive a restart. */
    private readonly serverKey: Buffer
  ) {}

  /** Learns the keys of stored events; the store's subscription calls this for the replay and every commit. */
  apply(event: StoredEvent): void {
    this.#head = event;
    if (this.#waiting.length > 0) this.#wakeUpTo(event.seq);
    if (!('idempotencyKey' in event) || !event.idempotencyKey) return;
    const kind: SubmissionKind = event.type === 'rating.recorded' ? 'rating' : 'complaint';
    const first: FirstSubmission = { seq: event.seq, at: event.at, officeId: event.officeId };
    if (event.type === 'complaint.submitted') first.trackingCode = event.trackingCode;
    if (event.type === 'rating.recorded') first.score = event.score;
    if (!this.#first.has(`${kind}:${event.idempotencyKey}`)) this.#first.set(`${kind}:${event.idempotencyKey}`, first);
    if (this.#first.size % 1024 === 0) this.#forgetOld();
  }

  /**
   * The secret of a complaint filed with `key`: derived, not random, so that a repeat of the request (even after
   * a restart) can answer it again although only its hash is stored.
   */
  complaintSecret(key: string): string {
    return encodeCrockford(this.#secretBytes(key), SECRET_LENGTH);
  }

  /** The secret this key derived before secrets were in the code alphabet: a repeat of such a request gets it back. */
  legacyComplaintSecret(key: string): string {
    return this.#secretBytes(key).toString('base64url').slice(0, 22);
  }

  /** A keyed MAC of `message` (22 URL-safe characters): a proof the server itself handed something out. */
  sign(message: string): string {
    return createHmac('sha256', this.serverKey).update(message).digest('base64url').slice(0, 22);
  }

  #secretBytes(key: string): Buffer {
    return createHmac('sha256', this.serverKey)
      .update(`complaint-secret|${hashKey(key)}`)
      .digest();
  }

  /**
   * Runs `submit` once per key: a repeat gets `replay(first)` (`replayed: true`); a repeat while the first is still
   * being written waits for it. Without a key, just `submit`. A malformed key is a 400; a key reused for another
   * office, a 422.
   */
  async once<T>({
    kind,
    key,
    officeId,
    submit,
    replay
  }: {
    kind: SubmissionKind;
    key: string | undefined;
    officeId: string;
    submit: (keyHash: string | undefined) => Promise<T>;
    replay: (first: FirstSubmission) => T;
  }): Promise<{ body: T; replayed: boolean }> {
    if (key === undefined) return { body: await submit(undefined), replayed: false };
    if (!KEY_PATTERN.test(key)) {
      throw new DomainError(400, 'Bad Request', 'Idempotency-Key: 16–128 karakter A-Z a-z 0-9 _ - / 16–128 URL-safe characters');
    }
    const id = `${kind}:${hashKey(key)}`;
    const pending = this.#inFlight.get(id) as Promise<T> | undefined;
    if (pending) return { body: await pending, replayed: true };
    const first = this.#first.get(id);
    if (first && first.at > this.clock.now() - REMEMBER_MS) {
      if (first.officeId !== officeId) {
        throw new DomainError(422, 'Unprocessable Content', 'Idempotency-Key sudah dipakai untuk kiriman lain / key already used for another submission');
      }
      return { body: replay(first), replayed: true };
    }
    // The store is the rule (docs/architecture.md, "Concurrency"): the map above only answers early. A key the
    // store already holds (sent to another process, or forgotten here) is answered like a repeat seen here.
    let replayed = false;
    const running = submit(hashKey(key)).catch(async (error: unknown) => {
      if (!(error instanceof DuplicateSubmission) || error.kind !== kind) throw error;
      await this.#reached(error.seq);
      const stored = this.#first.get(id);
      // Older than REMEMBER_MS here, but a store may keep keys longer (PostgreSQL keeps them): used, all the same.
      if (!stored || stored.officeId !== officeId) {
        throw new DomainError(422, 'Unprocessable Content', 'Idempotency-Key sudah dipakai untuk kiriman lain / key already used for another submission');
      }
      replayed = true;
      return replay(stored);
    });
    this.#inFlight.set(id, running);
    try {
      const body = await running;
      return { body, replayed };
    } finally {
      this.#inFlight.delete(id);
    }
  }

  /** Resolves once the event `seq` is applied. */
  #reached(seq: number): Promise<void> {
    if (this.#head.seq >= seq) return Promise.resolve();
    return new Promise((resolve) => this.#waiting.push({ seq, resolve }));
  }

  #wakeUpTo(seq: number): void {
    const due = this.#waiting.filter((waiter) => waiter.seq <= seq);
    this.#waiting = this.#waiting.filter((waiter) => waiter.seq > seq);
    for (const waiter of due) waiter.resolve();
  }

  /** The last event applied: what entries() are as of. */
  head(): ChainHead {
    return { seq: this.#head.seq, hash: this.#head.hash };
  }

  /** The first submissions known, copied (for a snapshot: ./snapshot.ts). */
  entries(): [id: string, first: FirstSubmission][] {
    return [...this.#first];
  }

  /** Takes back entries read from a snapshot as of `head`, in the order entries() gave them. */
  restore(head: ChainHead, entries: Iterable<[id: string, first: FirstSubmission]>): void {
    this.#head = head;
    for (const [id, first] of entries) this.#first.set(id, first);
  }

  #forgetOld(): void {
    const cutoff = this.clock.now() - REMEMBER_MS;
    for (const [id, first] of this.#first) if (first.at < cutoff) this.#first.delete(id);
  }
}

/**
 * The index over a store's events, kept current: over all of them, or from `restored` (a snapshot's
 * entries as of its head) and the events after it. `serverKey` defaults to a fresh one (tests, in-memory stores).
 */
export async function createIdempotencyIndex(
  store: Store,
  clock: Clock,
  serverKey: Buffer = randomBytes(32),
  restored?: { head: ChainHead; entries: [string, FirstSubmission][] }
): Promise<IdempotencyIndex & { stop(): void }> {
  const index = new IdempotencyIndex(clock, serverKey);
  if (restored) index.restore(restored.head, restored.entries);
  const stop = await store.subscribe((event) => index.apply(event), restored && { after: restored.head });
  return Object.assign(index, { stop });
}
