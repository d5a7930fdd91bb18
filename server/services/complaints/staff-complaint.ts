import type { Contact, StaffComplaint } from '../../../shared/schemas/index.ts';
import type { ComplaintState } from '../../views/index.ts';
import type { StaffAccount } from '../../store/types.ts';
import type { ServiceContext } from '../context.ts';
import { canForward, canSeeContact, requireStaffComplaint } from '../staff/access.ts';
import { staffAttachments } from '../attachments/attachment-views.ts';
import { deadlineClock, staffActionsFor } from '../../complaints/lifecycle.ts';

/** A complaint of one of the account's offices, with everything staff may see of it. */
export function getStaffComplaint({ ctx, staff, trackingCode }: { ctx: ServiceContext; staff: StaffAccount; trackingCode: string }): StaffComplaint {
  return toStaffComplaint(ctx, staff, requireStaffComplaint(ctx, staff, trackingCode));
}

/** The staff view: full text and history (internal notes too); contact only for those allowed. */
export function toStaffComplaint(ctx: ServiceContext, staff: StaffAccount, state: ComplaintState): StaffComplaint {
  const index = ctx.catalog();
  const office = index.office(state.officeId);
  const timeZone = office?.timeZone ?? 'Asia/Jakarta';
  const contact = visibleContact(state);
  const allowed = canSeeContact(staff, state.officeId);
  const attachments = ctx.views.attachments.of(state.trackingCode);
  const names = new Map(index.catalog.staff.map((account) => [account.id, account.name]));
  return {
    trackingCode: state.trackingCode,
    officeId: state.officeId,
    officeName: office?.name ?? state.officeId,
    timeZone,
    ...(state.serviceId && { serviceId: state.serviceId }),
    category: state.category,
    visibility: state.visibility,
    description: state.description,
    status: state.status,
    submittedAt: new Date(state.submittedAt).toISOString(),
    deadlines: {
      firstResponse: new Date(state.deadlines.firstResponse).toISOString(),
      resolution: new Date(state.deadlines.resolution).toISOString()
    },
    clock: deadlineClock(state, ctx.clock.now(), timeZone, index.holidays),
    ...(contact && allowed && { contact }),
    contactHidden: !!contact && !allowed,
    history: state.history.map((entry) => ({
      type: entry.type,
      at: new Date(entry.at).toISOString(),
      status: entry.status,
      actor: names.get(entry.actor) ?? entry.actor,
      internal: entry.internal,
      ...(entry.message && { message: entry.message }),
      ...(entry.reason && { reason: entry.reason }),
      ...(entry.confirmation && { confirmation: entry.confirmation }),
      ...(entry.toOfficeId && { toOfficeId: entry.toOfficeId })
    })),
    allowedActions: staffActionsFor(state.status, canForward(staff, state.officeId)),
    ...(attachments.length > 0 && { attachments: staffAttachments(state.trackingCode, attachments) })
  };
}

/** An anonymous complaint's name is never shown, not even to staff (docs/architecture.md); phone and email may be. */
function visibleContact(state: ComplaintState): Contact | undefined {
  if (!state.contact) return undefined;
  const { name, ...reach } = state.contact;
  const contact = state.visibility === 'anonymous' ? reach : { name, ...reach };
  return Object.values(contact).some(Boolean) ? contact : undefined;
}
