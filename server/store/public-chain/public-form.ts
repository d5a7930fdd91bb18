// The public form of a stored event line, and the chain over public forms (docs/public-record.md).
// This file imports nothing: the server uses it, and so does the standalone verifier that anyone can
// download (scripts/verify-public.ts, bundled into one file), so both read a line the same way.

/**
 * Where a line's private part starts: its salt under the key "_", after the commitment "z". Inside a
 * JSON string a quote is always escaped, so this text can only be the key itself.
 */
export const PRIVATE_MARK = ',"_":';

/** The "previous hash" of event 1 and the head of an empty log: 22 'A's, i.e. all-zero bits. */
export const GENESIS_HASH = 'A'.repeat(22);

/**
 * The public form of a stored line: the line without its private part. A line is
 * `{"p":…,"t":…,"a":…,<public fields>[,"z":<commitment>,"_":<salt>,<private fields>]}`; an erased line
 * has spaces where its private part was. The public form of both is `{…,"z":<commitment>}`, and a line
 * with no private part is its own public form (most lines: ratings without a comment).
 */
export function publicForm(line: string): string {
  const mark = line.indexOf(PRIVATE_MARK);
  if (mark < 0 && line.charCodeAt(line.length - 2) !== 32) return line;
  return line.slice(0, mark < 0 ? line.length - 1 : mark).trimEnd() + '}';
}

/** The link "p" of a public form (or stored line): the hash of the event before it; undefined when the line has not that shape. */
export function linkOf(line: string): string | undefined {
  return line.startsWith('{"p":"') && line.charCodeAt(28) === 34 && line.endsWith('}') ? line.slice(6, 28) : undefined;
}

/** Where a public chain breaks, and why, by seq. */
export type PublicChainBreak = { seq: number; reason: string };

/**
 * What an event's hash covers: its seq and its public form. Binding the seq in means that a removed or
 * moved event breaks the links on both sides of it, so the walk below can tell it from an edited one.
 */
export function hashInput(seq: number, publicLine: string): string {
  return `${seq}\n${publicLine}`;
}

/**
 * Walks public forms in order (seq 1, 2, …) with the hash function (sha256 of hashInput, base64url, 22
 * characters), and finds the first event that is not what was chained. When line k's link does not
 * match, line k+1 says which: if its own link holds, line k-1 was edited (its successor names another
 * hash for it); if it does not hold either, the events from k on moved (one removed, or two swapped) or
 * line k's own link was edited: event k is where the record stops being what was written.
 */
export class PublicChainWalker {
  seq: number;
  hash: string;
  firstBreak: PublicChainBreak | undefined;
  #suspect: number | undefined; // seq whose link did not match its predecessor

  constructor(
    private readonly hashOf: (seq: number, publicLine: string) => string,
    start: { seq: number; hash: string } = { seq: 0, hash: GENESIS_HASH }
  ) {
    this.seq = start.seq;
    this.hash = start.hash;
  }

  /** Checks the next public form; returns false once the chain is broken (nothing after it is trusted). */
  push(line: string): boolean {
    if (this.firstBreak) return false;
    const seq = ++this.seq;
    const link = linkOf(line);
    if (link === undefined) {
      this.firstBreak = { seq, reason: 'it is not an event line' };
      return false;
    }
    const matches = link === this.hash;
    if (this.#suspect !== undefined) {
      this.firstBreak = matches
        ? { seq: this.#suspect - 1, reason: `it was changed after it was written: event ${this.#suspect} names another hash for it` }
        : { seq: this.#suspect, reason: `it is not the event written there: removed, moved, or its link "p" changed` };
      return false;
    }
    if (!matches) {
      if (seq === 1) {
        this.firstBreak = { seq, reason: 'its link "p" is not the start of a chain' };
        return false;
      }
      this.#suspect = seq;
    }
    this.hash = this.hashOf(seq, line);
    return true;
  }

  /**
   * Ends the walk against a head the server vouches for (a signed one): the last event has no successor
   * to vouch for it, so its hash must be the head's.
   */
  finish(head?: { seq: number; hash: string }): PublicChainBreak | undefined {
    if (this.firstBreak) return this.firstBreak;
    if (this.#suspect !== undefined) {
      this.firstBreak = { seq: this.#suspect - 1, reason: `event ${this.#suspect}, the last, names another hash for it (or its own link was changed)` };
    } else if (head && this.seq < head.seq) {
      this.firstBreak = { seq: this.seq + 1, reason: `the chain ends at ${this.seq}, but the head names event ${head.seq}` };
    } else if (head && this.seq === head.seq && this.hash !== head.hash) {
      this.firstBreak = { seq: head.seq, reason: 'its hash is not the one the head names' };
    }
    return this.firstBreak;
  }
}

/** The text a chain head's signature covers: one line, the same for the server that signs and the verifier. */
export function headMessage(head: { seq: number; hash: string; at: string }): string {
  return `suara-layanan chain head ${head.seq} ${head.hash} ${head.at}`;
}
