import type { PublishAttachmentInput, StaffComplaint } from '../../../shared/schemas/index.ts';
import { NotFoundError, ServiceUnavailableError, ValidationError } from '../../errors.ts';
import type { StaffAccount } from '../../store/types.ts';
import { appendToComplaint } from '../complaints/append-to-complaint.ts';
import { toStaffComplaint } from '../complaints/staff-complaint.ts';
import type { ServiceContext } from '../context.ts';
import { requireStaffComplaint } from '../staff/access.ts';
import { blurredCopy } from './blur-copy.ts';

/**
 * Publishes an image of a complaint of the account's offices: as stored, or a copy with rectangles blurred, which is
 * then what the public gets (the stored original stays private). Publishing again replaces the published copy.
 * Documents (PDF) are never published.
 */
export async function publishAttachment({
  ctx,
  staff,
  trackingCode,
  file,
  input
}: {
  ctx: ServiceContext;
  staff: StaffAccount;
  trackingCode: string;
  file: string;
  input: PublishAttachmentInput;
}): Promise<StaffComplaint> {
  const state = requireStaffComplaint(ctx, staff, trackingCode);
  const record = ctx.views.attachments.of(state.trackingCode).find((candidate) => candidate.file === file);
  if (!record) throw new NotFoundError('Lampiran/attachment');
  if (record.mediaType === 'application/pdf') {
    throw new ValidationError([{ field: 'file', message: 'Dokumen PDF tidak pernah dipublikasikan / PDF documents are never published' }]);
  }
  const files = ctx.store.files;
  const original = await files?.get(file);
  if (!files || !original) throw new ServiceUnavailableError('Berkas tidak tersedia / the file is not available', 60);
  const copy = input.blur.length > 0 ? await blurredCopy(original, record.mediaType, input.blur) : undefined;
  const published = copy ? await files.put(copy.bytes) : file;
  // Publishing replaces what was published, so a race with another action changes nothing of the decision.
  const after = await appendToComplaint(ctx, state.trackingCode, () => [
    {
      type: 'complaint.attachment_published',
      at: ctx.clock.now(),
      trackingCode: state.trackingCode,
      actor: staff.id,
      source: file,
      file: published,
      mediaType: record.mediaType,
      bytes: copy?.bytes.length ?? record.bytes,
      ...((copy?.width ?? record.width) && { width: copy?.width ?? record.width }),
      ...((copy?.height ?? record.height) && { height: copy?.height ?? record.height }),
      ...(copy && { blurred: input.blur.length })
    }
  ]);
  return toStaffComplaint(ctx, staff, after);
}
