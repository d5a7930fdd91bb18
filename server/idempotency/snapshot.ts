import { copiedPart, requiredPart } from '../snapshot/parts.ts';
import type { SnapshotLines, SnapshotPart } from '../snapshot/types.ts';
import type { FirstSubmission, IdempotencyIndex } from './index.ts';

type Encoded = [id: string, seq: number, at: number, officeId: string, trackingCode?: string];

const ENTRIES_PER_LINE = 5_000;

/** The index's part of a snapshot: its entries copied now (they never change, so a copy of the list will do). */
export function captureIdempotency(index: IdempotencyIndex): SnapshotPart {
  return copiedPart('idempotency', index.entries(), ENTRIES_PER_LINE, (entries) =>
    JSON.stringify(entries.map(([id, { seq, at, officeId, trackingCode }]): Encoded => (trackingCode === undefined ? [id, seq, at, officeId] : [id, seq, at, officeId, trackingCode])))
  );
}

/** The index's entries in a snapshot's lines. */
export function decodeIdempotency(parts: SnapshotLines): [string, FirstSubmission][] {
  return requiredPart(parts, 'idempotency').flatMap((line) =>
    (JSON.parse(line.toString()) as Encoded[]).map(([id, seq, at, officeId, trackingCode]): [string, FirstSubmission] => [id, trackingCode === undefined ? { seq, at, officeId } : { seq, at, officeId, trackingCode }])
  );
}
