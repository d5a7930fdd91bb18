import type { ComplaintState } from '../complaints.ts';
import { encodeDetails } from './details.ts';
import { RestoredComplaint } from './restored-complaint.ts';

// A complaint is a line of two flat JSON arrays split by a tab (JSON text never holds a raw one):
// what the figures and the inbox index read, and its details — secret hash, text, contact and
// history. Arrays are half the bytes of objects and parse twice as fast. The details are most of the
// bytes and are read only when someone opens the complaint, so a restore leaves them encoded until
// then (./restored-complaint.ts). Absent values are null.
export type EncodedFigures = [
  trackingCode: string,
  officeId: string,
  serviceId: string | null,
  category: ComplaintState['category'],
  visibility: ComplaintState['visibility'],
  submittedAt: number,
  status: ComplaintState['status'],
  rejectReason: ComplaintState['rejectReason'] | null,
  confirmation: ComplaintState['confirmation'] | null,
  firstResponseAt: number | null,
  resolvedAt: number | null,
  firstResponseDeadline: number,
  resolutionDeadline: number,
  version: number
];

/** A complaint's state as a snapshot line. */
export function encodeComplaint(state: ComplaintState): string {
  const figures: EncodedFigures = [
    state.trackingCode,
    state.officeId,
    state.serviceId ?? null,
    state.category,
    state.visibility,
    state.submittedAt,
    state.status,
    state.rejectReason ?? null,
    state.confirmation ?? null,
    state.firstResponseAt ?? null,
    state.resolvedAt ?? null,
    state.deadlines.firstResponse,
    state.deadlines.resolution,
    state.version
  ];
  const details = state instanceof RestoredComplaint ? state.encodedDetails() : encodeDetails(state);
  return `${JSON.stringify(figures)}\t${details}`;
}

/**
 * The complaints in a part's lines. Their details stay bytes until first read, where the file read
 * holds them: bytes, not strings, so the garbage collector never copies them around nor walks them
 * (that was most of a restore's time for 100k complaints), and not copied, as nearly all the file is
 * complaints. The file stays in memory for as long as some complaint was never opened: less than
 * the details would take as objects.
 */
export function decodeComplaints(lines: readonly Buffer[]): ComplaintState[] {
  let file: Buffer | undefined;
  return lines.map((line) => {
    const tab = line.indexOf(9);
    if (tab < 0) throw new Error('a complaint line without its details');
    // A line is a view of the file read: its details lie at the same place in the file's buffer.
    if (file?.buffer !== line.buffer) file = Buffer.from(line.buffer);
    return new RestoredComplaint(JSON.parse(line.toString('utf8', 0, tab)) as EncodedFigures, file, line.byteOffset + tab + 1, line.byteOffset + line.length);
  });
}
