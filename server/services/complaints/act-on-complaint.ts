import type { StaffActionInput, StaffComplaint } from '../../../shared/schemas/index.ts';
import { decideAction } from '../../complaints/lifecycle.ts';
import { ForbiddenError, ValidationError } from '../../errors.ts';
import type { StaffAccount } from '../../store/types.ts';
import type { ServiceContext } from '../context.ts';
import { canForward, requireStaffComplaint } from '../staff/access.ts';
import { appendToComplaint } from './append-to-complaint.ts';
import { toStaffComplaint } from './staff-complaint.ts';

/**
 * One staff action on a complaint, appended as an event with the account as actor and the
 * injected time: nothing is edited in place, and the history shows who did what when.
 */
export async function actOnComplaint({ ctx, staff, trackingCode, input }: { ctx: ServiceContext; staff: StaffAccount; trackingCode: string; input: StaffActionInput }): Promise<StaffComplaint> {
  const state = requireStaffComplaint(ctx, staff, trackingCode);
  if (input.action === 'forward') checkForward(ctx, staff, state.officeId, input.toOfficeId);
  const after = await appendToComplaint(ctx, state.trackingCode, (current) => [
    decideAction(
      current,
      { by: 'staff', name: input.action },
      {
        at: ctx.clock.now(),
        actor: staff.id,
        ...(input.message && { message: input.message }),
        ...(input.action === 'reject' && { reason: input.reason }),
        ...(input.action === 'forward' && { toOfficeId: input.toOfficeId })
      }
    )
  ]);
  return toStaffComplaint(ctx, staff, after);
}

function checkForward(ctx: ServiceContext, staff: StaffAccount, fromOfficeId: string, toOfficeId: string): void {
  if (!canForward(staff, fromOfficeId)) throw new ForbiddenError('Hanya manajer atau admin yang dapat meneruskan / managers and admins only');
  if (!ctx.catalog().office(toOfficeId)) throw new ValidationError([{ field: 'toOfficeId', message: `kantor tidak dikenal / unknown office '${toOfficeId}'` }]);
  if (toOfficeId === fromOfficeId) throw new ValidationError([{ field: 'toOfficeId', message: 'kantor yang sama / same office' }]);
}
