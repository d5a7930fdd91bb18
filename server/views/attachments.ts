import type { AttachmentMediaType } from '../../shared/schemas/index.ts';
import type { ComplaintAttached, ComplaintAttachmentPublished, ComplaintAttachmentUnpublished } from '../store/events.ts';

/** A stored file as the views know it: id (SHA-256), type, size, pixel size of an image. */
export type AttachmentFileRef = { file: string; mediaType: AttachmentMediaType; bytes: number; width?: number; height?: number };

/** A file a complaint carries, and the copy of it the public sees once published. Never changed in place. */
export type AttachmentRecord = AttachmentFileRef & {
  at: number;
  actor: string;
  published?: AttachmentFileRef & { at: number; actor: string; blurred?: number };
  /** The last time staff took the published image back, and who; gone once it is published again. */
  unpublished?: { at: number; actor: string };
  /**
   * The erased original a kept record stands for (an erased complaint keeps only its published images, as their
   * copies: `file` is then the copy): what later publishing events of it name as their `source`.
   */
  source?: string;
};

/** The events the book reads. */
export type AttachmentEvent = ComplaintAttached | ComplaintAttachmentPublished | ComplaintAttachmentUnpublished;

/** The photos and documents of every complaint, from their events; few, so a snapshot copies them whole. */
export class AttachmentBook {
  readonly #byCode = new Map<string, readonly AttachmentRecord[]>();
  // A published file's id → its complaint: what the public may fetch, and nothing else.
  readonly #published = new Map<string, string>();

  apply(event: AttachmentEvent): void {
    const list = this.#byCode.get(event.trackingCode) ?? [];
    if (event.type === 'complaint.attached') {
      // An erased attachment (its private part blanked: docs/public-record.md) names no file any more.
      if (!event.file) return;
      this.#byCode.set(event.trackingCode, [...list, { ...fileRef(event), at: event.at, actor: event.actor }]);
      return;
    }
    const madeFrom = (record: AttachmentRecord) => record.file === event.source || record.source === event.source;
    const before = list.find(madeFrom);
    // Publishing again (or unpublishing) makes the copy before private again.
    if (before?.published) this.#published.delete(before.published.file);
    if (event.type === 'complaint.attachment_unpublished') {
      if (!before) return;
      // An erased complaint's kept record is its published copy alone: taken back, nothing of it is left to show.
      const unpublished = { at: event.at, actor: event.actor };
      const rest = before.source ? list.filter((record) => record !== before) : list.map((record) => (record === before ? { ...withoutPublished(record), unpublished } : record));
      this.#set(event.trackingCode, rest);
      return;
    }
    const published = { ...fileRef(event), at: event.at, actor: event.actor, ...(event.blurred && { blurred: event.blurred }) };
    this.#published.set(event.file, event.trackingCode);
    // Records are replaced, never changed, so a snapshot's copy of the list stays as it was captured.
    if (before) {
      this.#byCode.set(
        event.trackingCode,
        list.map((record) => (record !== before ? record : before.source ? keptCopy({ ...record, published }, before.source) : { ...withoutPublished(record), published }))
      );
      return;
    }
    // The original was erased (its attaching names no file): the complaint keeps the copy, as erase() leaves it live.
    this.#byCode.set(event.trackingCode, [...list, keptCopy({ ...fileRef(event), at: event.at, actor: event.actor, published }, event.source)]);
  }

  /** An erased complaint keeps only the images staff published (the office's record), each as its published copy; the citizen's files are gone. */
  erase(trackingCode: string): void {
    this.#set(
      trackingCode,
      this.of(trackingCode).flatMap((record) => (record.published ? [keptCopy(record, record.source ?? record.file)] : []))
    );
  }

  /** Every file a record of `trackingCode` names: its original and its published copy. */
  filesOf(trackingCode: string): Set<string> {
    return new Set(this.of(trackingCode).flatMap((record) => [record.file, ...(record.published ? [record.published.file] : [])]));
  }

  /** Every file some complaint still names, as an original or as its published copy: what the store must keep. */
  namedFiles(): Set<string> {
    const named = new Set<string>();
    for (const records of this.#byCode.values()) {
      for (const record of records) {
        named.add(record.file);
        if (record.published) named.add(record.published.file);
      }
    }
    return named;
  }

  #set(trackingCode: string, records: readonly AttachmentRecord[]): void {
    if (records.length > 0) this.#byCode.set(trackingCode, records);
    else this.#byCode.delete(trackingCode);
  }

  /** The files of a complaint, in the order they were attached. */
  of(trackingCode: string): readonly AttachmentRecord[] {
    return this.#byCode.get(trackingCode) ?? [];
  }

  /** Whether `file` is a published image of the complaint. */
  isPublished(trackingCode: string, file: string): boolean {
    return this.#published.get(file) === trackingCode;
  }

  /** Every complaint's files, for a snapshot. */
  entries(): [trackingCode: string, records: readonly AttachmentRecord[]][] {
    return [...this.#byCode];
  }

  /** Takes back what entries() gave (a snapshot). */
  restore(entries: Iterable<[string, readonly AttachmentRecord[]]>): void {
    for (const [trackingCode, records] of entries) {
      this.#byCode.set(trackingCode, records);
      for (const record of records) if (record.published) this.#published.set(record.published.file, trackingCode);
    }
  }
}

/**
 * A record that stands for an erased original by its published copy (AttachmentRecord.source), dated by the
 * publishing: a replay no longer knows when, or from whom, the original came.
 */
function keptCopy(record: AttachmentRecord, source: string): AttachmentRecord {
  const published = record.published!;
  return { ...fileRef(published), at: published.at, actor: published.actor, published, source };
}

function withoutPublished(record: AttachmentRecord): AttachmentRecord {
  const { published: _published, unpublished: _unpublished, ...rest } = record;
  return rest;
}

function fileRef({ file, mediaType, bytes, width, height }: AttachmentFileRef): AttachmentFileRef {
  return { file, mediaType, bytes, ...(width !== undefined && { width }), ...(height !== undefined && { height }) };
}
