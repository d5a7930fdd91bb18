import type { StaffComplaint } from '../../../shared/schemas/index.ts';
import { NotFoundError } from '../../errors.ts';
import type { StaffAccount } from '../../store/types.ts';
import { appendToComplaint } from '../complaints/append-to-complaint.ts';
import { toStaffComplaint } from '../complaints/staff-complaint.ts';
import type { ServiceContext } from '../context.ts';
import { requireStaffComplaint } from '../staff/access.ts';

/**
 * Takes a published image of a complaint of the account's offices back: its public URL answers 404 at once, and the
 * event records who did it (docs/operations.md, "Photos and documents"). The stored files stay, so it can be
 * published again. `file` is the attachment as the console lists it; an image that is not published is a 404.
 */
export async function unpublishAttachment({ ctx, staff, trackingCode, file }: { ctx: ServiceContext; staff: StaffAccount; trackingCode: string; file: string }): Promise<StaffComplaint> {
  const state = requireStaffComplaint(ctx, staff, trackingCode);
  const record = ctx.views.attachments.of(state.trackingCode).find((candidate) => candidate.file === file);
  if (!record?.published) throw new NotFoundError('Foto terbit / published photo');
  const published = record.published;
  // Taking back what is published: a race with another action changes nothing of the decision.
  await appendToComplaint(ctx, state.trackingCode, () => [
    { type: 'complaint.attachment_unpublished', at: ctx.clock.now(), trackingCode: state.trackingCode, actor: staff.id, source: record.source ?? record.file, file: published.file }
  ]);
  return toStaffComplaint(ctx, staff, requireStaffComplaint(ctx, staff, state.trackingCode));
}
