import { shared } from '../../store/fast-lines.ts';
import type { ComplaintHistoryEntry, ComplaintState } from '../complaints.ts';
import type { EncodedComplaint } from './complaints.ts';
import { decodeHistory, encodeHistory } from './history.ts';

/**
 * A complaint restored from a snapshot: plain state, but its history — half a million entries over
 * 100k complaints, most of a snapshot's objects — is decoded only when first read (someone opens
 * the complaint, or an action is added to it). Until then it is written back to the next snapshot
 * as it came. Ids and codes are shared strings, as the log's decoder makes them.
 */
export class RestoredComplaint implements ComplaintState {
  trackingCode: string;
  secretHash: string;
  officeId: string;
  serviceId: string | undefined;
  category: ComplaintState['category'];
  visibility: ComplaintState['visibility'];
  description: string;
  contact: ComplaintState['contact'];
  submittedAt: number;
  status: ComplaintState['status'];
  rejectReason: ComplaintState['rejectReason'];
  confirmation: ComplaintState['confirmation'];
  firstResponseAt: number | undefined;
  resolvedAt: number | undefined;
  deadlines: ComplaintState['deadlines'];
  #history: ComplaintHistoryEntry[] | undefined;
  // The encoded history is bytes[start, end): two numbers and a buffer shared by all, rather than a
  // view object per complaint (100k more objects for the garbage collector to copy at start-up).
  #bytes: Buffer | undefined;
  #start: number;
  #end: number;

  constructor(encoded: EncodedComplaint, bytes: Buffer, start: number, end: number) {
    const [trackingCode, secretHash, officeId, serviceId, category, visibility, description, contact, submittedAt, status, rejectReason, confirmation, firstResponseAt, resolvedAt, firstResponse, resolution] = encoded;
    this.trackingCode = trackingCode;
    this.secretHash = secretHash;
    this.officeId = shared(officeId);
    this.serviceId = serviceId === null ? undefined : shared(serviceId);
    this.category = shared(category) as ComplaintState['category'];
    this.visibility = shared(visibility) as ComplaintState['visibility'];
    this.description = description;
    this.contact = contact ?? undefined;
    this.submittedAt = submittedAt;
    this.status = shared(status) as ComplaintState['status'];
    this.rejectReason = rejectReason ?? undefined;
    this.confirmation = confirmation ?? undefined;
    this.firstResponseAt = firstResponseAt ?? undefined;
    this.resolvedAt = resolvedAt ?? undefined;
    this.deadlines = { firstResponse, resolution };
    this.#bytes = bytes;
    this.#start = start;
    this.#end = end;
  }

  get history(): ComplaintHistoryEntry[] {
    this.#history ??= decodeHistory(this.#encoded()!);
    this.#bytes = undefined;
    return this.#history;
  }

  set history(history: ComplaintHistoryEntry[]) {
    this.#history = history;
    this.#bytes = undefined;
  }

  /** The history as a snapshot line holds it: as it came when nobody read it since. */
  encodedHistory(): string {
    return this.#encoded() ?? encodeHistory(this.history);
  }

  #encoded(): string | undefined {
    return this.#bytes?.toString('utf8', this.#start, this.#end);
  }
}
