import { ForbiddenError, NotFoundError } from '../../errors.ts';
import type { ComplaintState } from '../../views/index.ts';
import type { StaffAccount } from '../../store/types.ts';
import type { ServiceContext } from '../context.ts';
import { normaliseTrackingCode } from '../../../shared/codes/codes.ts';

// The console's authorisation rules in one place; tests/api/console-authz.test.ts pins every cell.

/** The offices an account answers for: every office for an admin, its own for the others. */
export function officeIdsOf(ctx: ServiceContext, staff: StaffAccount): string[] {
  if (staff.role === 'admin') return ctx.catalog().catalog.offices.map((office) => office.id);
  return staff.officeIds.filter((id) => ctx.catalog().office(id));
}

export function canAccessOffice(staff: StaffAccount, officeId: string): boolean {
  return staff.role === 'admin' || staff.officeIds.includes(officeId);
}

export function requireOfficeAccess(staff: StaffAccount, officeId: string): void {
  if (!canAccessOffice(staff, officeId)) throw new ForbiddenError(`Bukan kantor Anda / not your office: ${officeId}`);
}

/**
 * Contact data is personal data (docs/architecture.md): officers work the case through public replies and
 * internal notes; managers of the office and admins may contact the citizen.
 */
export function canSeeContact(staff: StaffAccount, officeId: string): boolean {
  return staff.role === 'admin' || (staff.role === 'manager' && staff.officeIds.includes(officeId));
}

/** Handing a complaint to another office moves responsibility: managers and admins only. */
export function canForward(staff: StaffAccount, officeId: string): boolean {
  return canSeeContact(staff, officeId);
}

/** Leaving ratings out of the published figures (a reviewed burst) is a manager's or an admin's decision. */
export function canExcludeRatings(staff: StaffAccount, officeId: string): boolean {
  return canSeeContact(staff, officeId);
}

/**
 * The complaint, if it exists and belongs to one of the account's offices. Another office's complaint answers the
 * very same 404 as a code that does not exist: the console must not tell a staff member which codes are real.
 */
export function requireStaffComplaint(ctx: ServiceContext, staff: StaffAccount, trackingCode: string): ComplaintState {
  const state = ctx.views.complaints.get(normaliseTrackingCode(trackingCode));
  if (!state || !canAccessOffice(staff, state.officeId)) throw new NotFoundError(`Pengaduan/complaint '${trackingCode}'`);
  return state;
}

/** The account behind a session token, or undefined when the session or the account is gone. */
export async function staffOfSession(ctx: ServiceContext, token: string | undefined): Promise<StaffAccount | undefined> {
  const session = await ctx.security.sessions.find(token);
  if (!session) return undefined;
  const staff = ctx.store.staff.byId(session.staffId);
  if (!staff || staff.active === false) {
    await ctx.security.sessions.close(token);
    return undefined;
  }
  return staff;
}

/** Agencies, offices, holidays and staff accounts: admins only. */
export function requireAdmin(staff: StaffAccount): void {
  if (staff.role !== 'admin') throw new ForbiddenError('Hanya admin / admins only');
}

/** An office's own settings (services, widget origins, element set, population): its managers and admins. */
export function requireOfficeManager(staff: StaffAccount, officeId: string): void {
  if (staff.role === 'admin' || (staff.role === 'manager' && staff.officeIds.includes(officeId))) return;
  throw new ForbiddenError('Hanya manajer kantor ini atau admin / managers of this office and admins only');
}
