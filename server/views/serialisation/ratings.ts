import type { ExcludedWindow, OfficeRatings } from '../ratings.ts';

// The day counters as the bytes of their Int32Array, in base64: a tenth of the time of a JSON array
// of numbers to read back. The bytes are in the machine's order, which the snapshot key names.
type Encoded = { officeId: string; timeZone: string; firstDay: number; counts: string; comments: [at: number, score: number, raw: string][]; applied: number; excluded?: ExcludedWindow[] };

/** One office's ratings as a snapshot line; the masked comments are a cache and stay out. */
export function encodeOfficeRatings(office: OfficeRatings): string {
  const encoded: Encoded = {
    officeId: office.officeId,
    timeZone: office.timeZone,
    firstDay: office.firstDay,
    counts: Buffer.from(office.counts.buffer, office.counts.byteOffset, office.counts.byteLength).toString('base64'),
    comments: office.comments.map((comment) => [comment.at, comment.score, comment.raw]),
    applied: office.applied,
    ...(office.excluded.length > 0 && { excluded: office.excluded })
  };
  return JSON.stringify(encoded);
}

/** The office's ratings in a snapshot line; `mask` as RatingTally.apply would be given it. */
export function decodeOfficeRatings(line: Buffer, mask: (text: string) => string): OfficeRatings {
  const encoded = JSON.parse(line.toString()) as Encoded;
  return {
    officeId: encoded.officeId,
    timeZone: encoded.timeZone,
    firstDay: encoded.firstDay,
    counts: int32s(Buffer.from(encoded.counts, 'base64')),
    comments: encoded.comments.map(([at, score, raw]) => ({ at, score, raw })),
    mask,
    applied: encoded.applied,
    excluded: encoded.excluded ?? []
  };
}

/** The bytes as an Int32Array of its own (a decoded buffer may sit at any offset of a shared pool). */
export function int32s(bytes: Buffer): Int32Array {
  const counts = new Int32Array(bytes.length / 4);
  new Uint8Array(counts.buffer).set(bytes);
  return counts;
}
