import type { AttachmentMediaType } from '../../shared/schemas/index.ts';
import type { ComplaintAttached, ComplaintAttachmentPublished } from '../store/events.ts';

/** A stored file as the views know it: id (SHA-256), type, size, pixel size of an image. */
export type AttachmentFileRef = { file: string; mediaType: AttachmentMediaType; bytes: number; width?: number; height?: number };

/** A file a complaint carries, and the copy of it the public sees once published. Never changed in place. */
export type AttachmentRecord = AttachmentFileRef & {
  at: number;
  actor: string;
  published?: AttachmentFileRef & { at: number; actor: string; blurred?: number };
};

/** The photos and documents of every complaint, from their events; few, so a snapshot copies them whole. */
export class AttachmentBook {
  readonly #byCode = new Map<string, readonly AttachmentRecord[]>();
  // A published file's id → its complaint: what the public may fetch, and nothing else.
  readonly #published = new Map<string, string>();

  apply(event: ComplaintAttached | ComplaintAttachmentPublished): void {
    const list = this.#byCode.get(event.trackingCode) ?? [];
    if (event.type === 'complaint.attached') {
      // An erased attachment (its private part blanked: docs/public-record.md) names no file any more.
      if (!event.file) return;
      this.#byCode.set(event.trackingCode, [...list, { ...fileRef(event), at: event.at, actor: event.actor }]);
      return;
    }
    const published = { ...fileRef(event), at: event.at, actor: event.actor, ...(event.blurred && { blurred: event.blurred }) };
    // Publishing again replaces the copy the public sees: the one before is private again.
    const before = list.find((record) => record.file === event.source)?.published;
    if (before) this.#published.delete(before.file);
    // Records are replaced, never changed, so a snapshot's copy of the list stays as it was captured.
    this.#byCode.set(
      event.trackingCode,
      list.map((record) => (record.file === event.source ? { ...record, published } : record))
    );
    this.#published.set(event.file, event.trackingCode);
  }

  /** An erased complaint keeps only the images staff published (the office's record); the citizen's files are gone. */
  erase(trackingCode: string): void {
    const kept = this.of(trackingCode).filter((record) => record.published);
    if (kept.length > 0) this.#byCode.set(trackingCode, kept);
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

function fileRef({ file, mediaType, bytes, width, height }: AttachmentFileRef): AttachmentFileRef {
  return { file, mediaType, bytes, ...(width !== undefined && { width }), ...(height !== undefined && { height }) };
}
