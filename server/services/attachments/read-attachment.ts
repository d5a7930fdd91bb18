import type { AttachmentMediaType } from '../../../shared/schemas/index.ts';
import { normaliseTrackingCode } from '../../../shared/codes/codes.ts';
import { NotFoundError } from '../../errors.ts';
import type { StaffAccount } from '../../store/types.ts';
import type { ServiceContext } from '../context.ts';
import { requireStaffComplaint } from '../staff/access.ts';
import { EXTENSIONS } from './sniff.ts';

/** A stored file to send, with the name it is offered under. */
export type AttachmentDownload = { bytes: Buffer; mediaType: AttachmentMediaType; fileName: string };

/**
 * A published image of a complaint, for anyone. Anything else (not published, another complaint's, unknown) is the
 * same 404: the answer never tells whether a file exists.
 */
export async function readPublicPhoto({ ctx, trackingCode, file }: { ctx: ServiceContext; trackingCode: string; file: string }): Promise<AttachmentDownload> {
  const code = normaliseTrackingCode(trackingCode);
  const index = ctx.views.attachments.of(code).findIndex((record) => record.published?.file === file);
  if (index < 0 || !ctx.views.attachments.isPublished(code, file)) throw new NotFoundError('Foto/photo');
  const published = ctx.views.attachments.of(code)[index]!.published!;
  return download(ctx, file, published.mediaType, `${code}-foto-${index + 1}`);
}

/** Any file of a complaint of the account's offices (the original, or its published copy); 404 for any other. */
export async function readStaffAttachment({ ctx, staff, trackingCode, file }: { ctx: ServiceContext; staff: StaffAccount; trackingCode: string; file: string }): Promise<AttachmentDownload> {
  const state = requireStaffComplaint(ctx, staff, trackingCode);
  const records = ctx.views.attachments.of(state.trackingCode);
  const index = records.findIndex((record) => record.file === file || record.published?.file === file);
  if (index < 0) throw new NotFoundError('Lampiran/attachment');
  const record = records[index]!;
  const mediaType = record.file === file ? record.mediaType : record.published!.mediaType;
  return download(ctx, file, mediaType, `${state.trackingCode}-lampiran-${index + 1}`);
}

async function download(ctx: ServiceContext, file: string, mediaType: AttachmentMediaType, name: string): Promise<AttachmentDownload> {
  const bytes = await ctx.store.files?.get(file);
  if (!bytes) throw new NotFoundError('Berkas/file');
  return { bytes, mediaType, fileName: `${name}.${EXTENSIONS[mediaType]}` };
}
