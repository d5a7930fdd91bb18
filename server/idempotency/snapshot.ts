import { copiedPart, requiredPart } from '../snapshot/parts.ts';
import type { SnapshotLines, SnapshotPart } from '../snapshot/types.ts';
import type { FirstSubmission, IdempotencyIndex } from './index.ts';

// The fifth place is a complaint's tracking code, or a rating's score (a number): a replayed tap needs it for its detailToken.
type Encoded = [id: string, seq: number, at: number, officeId: string, codeOrScore?: string | number];

const ENTRIES_PER_LINE = 5_000;

/** The index's part of a snapshot: its entries copied now (they never change, so a copy of the list will do). */
export function captureIdempotency(index: IdempotencyIndex): SnapshotPart {
  return copiedPart('idempotency', index.entries(), ENTRIES_PER_LINE, (entries) =>
    JSON.stringify(
      entries.map(([id, { seq, at, officeId, trackingCode, score }]): Encoded => ((trackingCode ?? score) === undefined ? [id, seq, at, officeId] : [id, seq, at, officeId, (trackingCode ?? score)!]))
    )
  );
}

/** The index's entries in a snapshot's lines. */
export function decodeIdempotency(parts: SnapshotLines): [string, FirstSubmission][] {
  return requiredPart(parts, 'idempotency').flatMap((line) =>
    (JSON.parse(line.toString()) as Encoded[]).map(([id, seq, at, officeId, codeOrScore]): [string, FirstSubmission] => [
      id,
      codeOrScore === undefined
        ? { seq, at, officeId }
        : typeof codeOrScore === 'number'
          ? { seq, at, officeId, score: codeOrScore as 1 | 2 | 3 | 4 }
          : { seq, at, officeId, trackingCode: codeOrScore }
    ])
  );
}
