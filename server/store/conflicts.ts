/*
 * The two ways a store refuses an append because of what it already holds (docs/architecture.md, "Concurrency").
 * Both reject the whole append, writing nothing; every engine throws these very classes, so services tell them apart
 * with `instanceof` whichever engine is open.
 */

/** A stream (a complaint, by its tracking code) is not at the version the append expected: someone wrote first. */
export class StreamVersionConflict extends Error {
  constructor(
    readonly stream: string,
    readonly expected: number,
    readonly actual: number
  ) {
    super(`stream ${stream} is at version ${actual}, not ${expected}`);
    this.name = 'StreamVersionConflict';
  }
}

/** What an idempotency key is unique within: a rating's key and a complaint's key never collide. */
export type SubmissionKind = 'rating' | 'complaint';

/** An event's (kind, idempotency key) is already stored: `seq` is the first event that carried it. */
export class DuplicateSubmission extends Error {
  constructor(
    readonly kind: SubmissionKind,
    readonly keyHash: string,
    readonly seq: number
  ) {
    super(`${kind} with idempotency key ${keyHash} is already stored as event ${seq}`);
    this.name = 'DuplicateSubmission';
  }
}
