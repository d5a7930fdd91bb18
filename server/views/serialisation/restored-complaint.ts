import { shared } from '../../store/fast-lines.ts';
import type { ComplaintHistoryEntry, ComplaintState } from '../complaints.ts';
import type { EncodedFigures } from './complaints.ts';
import { decodeDetails, encodeDetails, type ComplaintDetails } from './details.ts';

/**
 * A complaint restored from a snapshot: plain state for the figures, but its details — secret hash,
 * text, contact and history, most of a snapshot's bytes and objects — are decoded only when first
 * read (someone opens or searches the complaint, or an action is added to it). Until then they are
 * written back to the next snapshot as they came. Ids and codes are shared strings, as the log's
 * decoder makes them.
 */
export class RestoredComplaint implements ComplaintState {
  trackingCode: string;
  officeId: string;
  serviceId: string | undefined;
  category: ComplaintState['category'];
  visibility: ComplaintState['visibility'];
  submittedAt: number;
  status: ComplaintState['status'];
  rejectReason: ComplaintState['rejectReason'];
  confirmation: ComplaintState['confirmation'];
  firstResponseAt: number | undefined;
  resolvedAt: number | undefined;
  deadlines: ComplaintState['deadlines'];
  version: number;
  #details: ComplaintDetails | undefined;
  // The encoded details are bytes[start, end): two numbers and a buffer shared by all, rather than a
  // view object per complaint (100k more objects for the garbage collector to copy at start-up).
  #bytes: Buffer | undefined;
  #start: number;
  #end: number;

  constructor(figures: EncodedFigures, bytes: Buffer, start: number, end: number) {
    const [trackingCode, officeId, serviceId, category, visibility, submittedAt, status, rejectReason, confirmation, firstResponseAt, resolvedAt, firstResponse, resolution, version] = figures;
    this.trackingCode = trackingCode;
    this.officeId = shared(officeId);
    this.serviceId = serviceId === null ? undefined : shared(serviceId);
    this.category = shared(category) as ComplaintState['category'];
    this.visibility = shared(visibility) as ComplaintState['visibility'];
    this.submittedAt = submittedAt;
    this.status = shared(status) as ComplaintState['status'];
    this.rejectReason = rejectReason ?? undefined;
    this.confirmation = confirmation ?? undefined;
    this.firstResponseAt = firstResponseAt ?? undefined;
    this.resolvedAt = resolvedAt ?? undefined;
    this.deadlines = { firstResponse, resolution };
    this.version = version;
    this.#bytes = bytes;
    this.#start = start;
    this.#end = end;
  }

  get secretHash(): string {
    return this.#decoded().secretHash;
  }

  get description(): string {
    return this.#decoded().description;
  }

  get contact(): ComplaintState['contact'] {
    return this.#decoded().contact;
  }

  get history(): ComplaintHistoryEntry[] {
    return this.#decoded().history;
  }

  // Erasing a complaint's private part (../complaints.ts) changes these; the rest of the details only grow.
  set secretHash(value: string) {
    this.#decoded().secretHash = value;
  }

  set description(value: string) {
    this.#decoded().description = value;
  }

  set contact(value: ComplaintState['contact']) {
    this.#decoded().contact = value;
  }

  /**
   * The details for one look, left encoded when they were: a pass over every complaint (the open-data
   * export) would otherwise decode and keep all of them, the memory this class exists to save.
   */
  peekDetails(): ComplaintDetails {
    return this.#details ?? decodeDetails(this.encodedDetails());
  }

  /** The details as a snapshot line holds them: as they came when nobody read them since. */
  encodedDetails(): string {
    return this.#bytes?.toString('utf8', this.#start, this.#end) ?? encodeDetails(this.#decoded());
  }

  #decoded(): ComplaintDetails {
    if (this.#details === undefined) {
      this.#details = decodeDetails(this.encodedDetails());
      this.#bytes = undefined;
    }
    return this.#details;
  }
}
