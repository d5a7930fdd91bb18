import type { ComplaintState } from '../complaints.ts';
import { encodeHistory } from './history.ts';
import { RestoredComplaint } from './restored-complaint.ts';

// A complaint is a line of two flat JSON arrays, its state and its history, split by a tab (JSON
// text never holds a raw one): half the bytes of its JSON object, parsed twice as fast. The history
// is most of the bytes and is read only when someone opens the complaint, so a restore leaves it
// encoded until then (./restored-complaint.ts). Absent values are null.
export type EncodedComplaint = [
  trackingCode: string,
  secretHash: string,
  officeId: string,
  serviceId: string | null,
  category: ComplaintState['category'],
  visibility: ComplaintState['visibility'],
  description: string,
  contact: ComplaintState['contact'] | null,
  submittedAt: number,
  status: ComplaintState['status'],
  rejectReason: ComplaintState['rejectReason'] | null,
  confirmation: ComplaintState['confirmation'] | null,
  firstResponseAt: number | null,
  resolvedAt: number | null,
  firstResponseDeadline: number,
  resolutionDeadline: number
];

/** A complaint's state as a snapshot line. */
export function encodeComplaint(state: ComplaintState): string {
  const encoded: EncodedComplaint = [
    state.trackingCode,
    state.secretHash,
    state.officeId,
    state.serviceId ?? null,
    state.category,
    state.visibility,
    state.description,
    state.contact ?? null,
    state.submittedAt,
    state.status,
    state.rejectReason ?? null,
    state.confirmation ?? null,
    state.firstResponseAt ?? null,
    state.resolvedAt ?? null,
    state.deadlines.firstResponse,
    state.deadlines.resolution
  ];
  const history = state instanceof RestoredComplaint ? state.encodedHistory() : encodeHistory(state.history);
  return `${JSON.stringify(encoded)}\t${history}`;
}

/**
 * The complaints in a part's lines. Each history stays bytes until first read, where the file read
 * holds it: bytes, not strings, so the garbage collector never copies them around nor walks them
 * (that was most of a restore's time for 100k histories), and not copied, as nearly all the file is
 * complaints. The file stays in memory for as long as some history was never read: less than the
 * histories would take as objects.
 */
export function decodeComplaints(lines: readonly Buffer[]): ComplaintState[] {
  let file: Buffer | undefined;
  return lines.map((line) => {
    const tab = line.indexOf(9);
    if (tab < 0) throw new Error('a complaint line without its history');
    // A line is a view of the file read: its history lies at the same place in the file's buffer.
    if (file?.buffer !== line.buffer) file = Buffer.from(line.buffer);
    return new RestoredComplaint(JSON.parse(line.toString('utf8', 0, tab)) as EncodedComplaint, file, line.byteOffset + tab + 1, line.byteOffset + line.length);
  });
}
