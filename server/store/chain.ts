import { hash } from 'node:crypto';
import { readPrevHash } from './codec.ts';

/** The "previous hash" of event 1 and the head of an empty store: 22 'A's, i.e. all-zero bits. */
export const GENESIS_HASH = 'A'.repeat(22);

/**
 * An event's hash: sha256 over its stored line (UTF-8, without the newline), base64url, first 22
 * characters (132 bits). The line holds the predecessor's hash in "p", which is what chains them.
 */
export function hashLine(line: string): string {
  // The one-shot crypto.hash is twice as fast as createHash() on lines this short.
  return hash('sha256', line, 'base64url').slice(0, 22);
}

/** hashLine over a line's stored bytes (the same hash, without making a string first). */
export function hashLineBytes(bytes: Uint8Array): string {
  return hash('sha256', bytes, 'base64url').slice(0, 22);
}

/** Walks stored lines in order and finds the first event whose stored bytes break the chain. */
export class ChainChecker {
  events = 0;
  firstBadSeq: number | undefined;
  #hash = GENESIS_HASH;

  /** Checks the next line; returns false once the chain is broken (nothing after it is trusted). */
  push(line: string): boolean {
    const seq = ++this.events;
    const prevHash = readPrevHash(line);
    if (prevHash === undefined) {
      this.firstBadSeq = seq;
    } else if (prevHash !== this.#hash) {
      // This line committed to a different predecessor, so the predecessor's bytes changed since
      // (for event 1 the predecessor is fixed, so its own "p" is what changed).
      this.firstBadSeq = seq === 1 ? 1 : seq - 1;
    }
    this.#hash = hashLine(line);
    return this.firstBadSeq === undefined;
  }

  /** Compares the last line with the head held in memory: the last event has no successor to vouch for it. */
  finish(head: { seq: number; hash: string }): { ok: boolean; events: number; firstBadSeq?: number } {
    if (this.firstBadSeq === undefined && this.events === head.seq && this.#hash !== head.hash) {
      this.firstBadSeq = head.seq;
    }
    if (this.firstBadSeq === undefined && this.events !== head.seq) this.firstBadSeq = this.events + 1;
    return this.firstBadSeq === undefined ? { ok: true, events: this.events } : { ok: false, events: this.events, firstBadSeq: this.firstBadSeq };
  }
}
