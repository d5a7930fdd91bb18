import { z } from 'zod';

export { ATTACHMENT_ACCEPT, ATTACHMENT_LIMITS } from '../attachments/limits.ts';

/** What a complaint may carry, recognised by the file's first bytes, never by its name. */
export const AttachmentMediaType = z.enum(['image/jpeg', 'image/png', 'image/webp', 'application/pdf']);
export type AttachmentMediaType = z.infer<typeof AttachmentMediaType>;

/** A published image of a complaint, served from our own origin. */
export const PublicPhoto = z.object({
  url: z.string().describe('path on this origin'),
  mediaType: AttachmentMediaType,
  width: z.number().int().optional(),
  height: z.number().int().optional()
});
export type PublicPhoto = z.infer<typeof PublicPhoto>;

/** A file of a complaint as its office's staff see it. */
export const StaffAttachment = z
  .object({
    file: z.string().describe('SHA-256 of the stored bytes'),
    mediaType: AttachmentMediaType,
    bytes: z.number().int(),
    width: z.number().int().optional(),
    height: z.number().int().optional(),
    at: z.string(),
    url: z.string().describe('the stored file, for staff of the office only'),
    published: z.object({ url: z.string(), at: z.string(), by: z.string().describe('who published it'), blurred: z.number().int().optional() }).optional(),
    unpublished: z
      .object({ at: z.string(), by: z.string().describe('who took it back') })
      .optional()
      .describe('the last time a published image was taken back')
  })
  .meta({ id: 'StaffAttachment' });
export type StaffAttachment = z.infer<typeof StaffAttachment>;

/** A rectangle to blur, in pixels of the stored image, from its top left corner. */
export const BlurRectangle = z.object({
  x: z.number().int().min(0),
  y: z.number().int().min(0),
  width: z.number().int().min(1),
  height: z.number().int().min(1)
});
export type BlurRectangle = z.infer<typeof BlurRectangle>;

/** Publishing an image: as it is, or with parts blurred first (faces, number plates, documents in view). */
export const PublishAttachmentInput = z.object({ blur: z.array(BlurRectangle).max(10).default([]) }).meta({ id: 'PublishAttachmentInput' });
export type PublishAttachmentInput = z.infer<typeof PublishAttachmentInput>;
