import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';

/**
 * A figure already turned into the bytes of its JSON answer, gzipped on first demand. Serialising
 * figures costs more than computing them from the views (dozens of decimals each), so the
 * busiest answers keep their bytes until what they depend on changes.
 */
export class Serialised {
  readonly json: Uint8Array<ArrayBuffer>;
  /** The same JSON as text: Node sends a text body in one write with the headers (a byte body takes a second one). */
  readonly text: string;
  #gzip: Uint8Array<ArrayBuffer> | undefined;
  #etag: string | undefined;

  constructor(value: unknown) {
    this.text = JSON.stringify(value);
    this.json = Buffer.from(this.text);
  }

  /** The gzipped bytes (level 6, as web servers do), computed once. */
  get gzip(): Uint8Array<ArrayBuffer> {
    return (this.#gzip ??= gzipSync(this.json));
  }

  /** A weak ETag of the JSON (the same figures gzipped or not), computed once. */
  get etag(): string {
    return (this.#etag ??= `W/"${createHash('sha256').update(this.json).digest('base64url').slice(0, 27)}"`);
  }
}
