import { createHash, hash } from 'node:crypto';
import { hashInput, PRIVATE_MARK, PublicChainWalker, publicForm } from './public-chain/public-form.ts';

export { GENESIS_HASH } from './public-chain/public-form.ts';

/**
 * An event's hash: sha256 over its seq and its public form (./public-chain/public-form.ts: the stored line
 * without its private part), base64url, first 22 characters (132 bits). The line holds the predecessor's
 * hash in "p", which is what chains them; the private part is held to it by its commitment "z", which
 * is in the public form. docs/public-record.md says it in full.
 */
export function hashLine(seq: number, line: string): string {
  // The one-shot crypto.hash is twice as fast as createHash() on lines this short.
  return hash('sha256', hashInput(seq, publicForm(line)), 'base64url').slice(0, 22);
}

const MARK_BYTES = Buffer.from(PRIVATE_MARK);

/** hashLine over a line's stored bytes (the same hash, without decoding the line when it has no private part). */
export function hashLineBytes(seq: number, bytes: Buffer): string {
  const mark = bytes.indexOf(MARK_BYTES);
  if (mark >= 0 || bytes[bytes.length - 2] === 32) return hashLine(seq, bytes.toString('utf8'));
  return createHash('sha256').update(`${seq}\n`).update(bytes).digest('base64url').slice(0, 22);
}

/** sha256 base64url (22 characters) of a public form already cut from its line: what the standalone verifier computes. */
export function hashPublicForm(seq: number, publicLine: string): string {
  return hash('sha256', hashInput(seq, publicLine), 'base64url').slice(0, 22);
}

/** Walks stored lines in order and finds the first event whose public form breaks the chain. */
export class ChainChecker {
  readonly #walker = new PublicChainWalker(hashPublicForm);
  events = 0;

  /** Checks the next line; returns false once the chain is broken (nothing after it is trusted). */
  push(line: string): boolean {
    this.events++;
    return this.#walker.push(publicForm(line));
  }

  /** Compares the last line with the head held in memory: the last event has no successor to vouch for it. */
  finish(head: { seq: number; hash: string }): { ok: boolean; events: number; firstBadSeq?: number } {
    const found = this.events > head.seq ? (this.#walker.firstBreak ?? { seq: head.seq + 1 }) : this.#walker.finish(head);
    return found ? { ok: false, events: this.events, firstBadSeq: found.seq } : { ok: true, events: this.events };
  }
}
