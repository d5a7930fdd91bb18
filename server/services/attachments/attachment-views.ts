import type { PublicPhoto, StaffAttachment } from '../../../shared/schemas/index.ts';
import type { AttachmentRecord } from '../../views/index.ts';

/** Where the public fetches a published image of a complaint (routes/attachments.ts). */
export const publicPhotoPath = (trackingCode: string, file: string) => `/api/v1/complaints/${trackingCode}/photos/${file}`;
/** Where the office's staff fetch any file of a complaint. */
export const staffFilePath = (trackingCode: string, file: string) => `/api/v1/console/complaints/${trackingCode}/attachments/${file}`;

/** The published images of a complaint, for its public page; none for a confidential complaint's viewers is the office's choice at publishing. */
export function publicPhotos(trackingCode: string, records: readonly AttachmentRecord[]): PublicPhoto[] {
  return records.flatMap(({ published }) =>
    published
      ? [
          {
            url: publicPhotoPath(trackingCode, published.file),
            mediaType: published.mediaType,
            ...(published.width && { width: published.width }),
            ...(published.height && { height: published.height })
          }
        ]
      : []
  );
}

/** Every file of a complaint as its office's staff see it; `nameOf` turns a staff id into the account's name. */
export function staffAttachments(trackingCode: string, records: readonly AttachmentRecord[], nameOf: (staffId: string) => string = (id) => id): StaffAttachment[] {
  return records.map((record) => ({
    file: record.file,
    mediaType: record.mediaType,
    bytes: record.bytes,
    ...(record.width && { width: record.width }),
    ...(record.height && { height: record.height }),
    at: new Date(record.at).toISOString(),
    url: staffFilePath(trackingCode, record.file),
    ...(record.published && {
      published: {
        url: publicPhotoPath(trackingCode, record.published.file),
        at: new Date(record.published.at).toISOString(),
        by: nameOf(record.published.actor),
        ...(record.published.blurred && { blurred: record.published.blurred })
      }
    }),
    ...(record.unpublished && { unpublished: { at: new Date(record.unpublished.at).toISOString(), by: nameOf(record.unpublished.actor) } })
  }));
}
