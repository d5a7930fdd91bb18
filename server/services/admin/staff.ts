import { createHash, randomBytes } from 'node:crypto';
import type { InviteInput, PasswordLink, StaffChange, StaffSummary } from '../../../shared/schemas/admin.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../errors.ts';
import { hashPassword } from '../../security/password.ts';
import type { Catalog, StaffAccount } from '../../store/types.ts';
import type { ServiceContext } from '../context.ts';
import { requireAdmin } from '../staff/access.ts';
import { auditedStaffChange, changesBetween, journal } from './audit.ts';
import { idFromName } from './ids.ts';

/** How long an invitation or reset link works. */
export const PASSWORD_LINK_MS = 7 * 24 * 3_600_000;
const digest = (token: string) => createHash('sha256').update(token).digest('base64url');

/** What the admin area shows of an account: never the hash, never the link's token. */
export function staffSummary(account: StaffAccount): StaffSummary {
  const { id, name, email, role, officeIds } = account;
  return { id, name, email, role, officeIds, active: account.active !== false, passwordSet: account.passwordHash !== '' };
}

/** What the journal keeps of an account: that its password or link changed, never their value. */
const journalled = (account: StaffAccount) => ({ ...staffSummary(account), passwordLink: account.passwordLink?.expiresAt });

function checkOffices(catalog: Catalog, role: string, officeIds: readonly string[]): void {
  const unknown = officeIds.filter((id) => !catalog.offices.some((office) => office.id === id));
  if (unknown.length > 0) throw new ValidationError([{ field: 'officeIds', message: `kantor tidak dikenal / unknown office: ${unknown.join(', ')}` }]);
  if (role !== 'admin' && officeIds.length === 0) throw new ValidationError([{ field: 'officeIds', message: 'minimal satu kantor / at least one office' }]);
}

function newLink(ctx: ServiceContext): { token: string; link: NonNullable<StaffAccount['passwordLink']>; answer: PasswordLink } {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = ctx.clock.now() + PASSWORD_LINK_MS;
  return { token, link: { tokenHash: digest(token), expiresAt }, answer: { path: `/konsol/sandi/${token}`, expiresAt: new Date(expiresAt).toISOString() } };
}

/** Adds an account without a password and returns the one-time link with which its owner sets one. */
export async function inviteStaff({ ctx, staff, input }: { ctx: ServiceContext; staff: StaffAccount; input: InviteInput }): Promise<{ account: StaffSummary; link: PasswordLink }> {
  requireAdmin(staff);
  if (ctx.store.staff.byEmail(input.email)) throw new ConflictError(`Email sudah dipakai / already used: ${input.email}`);
  checkOffices(ctx.catalog().catalog, input.role, input.officeIds);
  const { link, answer } = newLink(ctx);
  const id = idFromName(input.email.split('@')[0]!, (candidate) => ctx.store.staff.byId(candidate) !== undefined);
  const account: StaffAccount = { id, name: input.name, email: input.email, role: input.role, officeIds: input.role === 'admin' ? [] : input.officeIds, passwordHash: '', passwordLink: link };
  const at = ctx.clock.now();
  await ctx.store.staff.create(account);
  await journal(ctx.store.catalog, { at, staffId: staff.id, kind: 'staff', objectId: id, action: 'invite', changes: changesBetween(undefined, journalled(account)) });
  return { account: staffSummary(account), link: answer };
}

/** Changes an account's role, offices or whether it is active; deactivating ends its sessions at once. */
export async function changeStaff({ ctx, staff, staffId, input }: { ctx: ServiceContext; staff: StaffAccount; staffId: string; input: StaffChange }): Promise<StaffSummary> {
  requireAdmin(staff);
  const before = ctx.store.staff.byId(staffId);
  if (!before) throw new NotFoundError(`Akun/account '${staffId}'`);
  if (staffId === staff.id && (input.active === false || (input.role && input.role !== 'admin')))
    throw new ConflictError('Admin tidak dapat menonaktifkan atau menurunkan dirinya sendiri / admins cannot deactivate or demote themselves');
  const role = input.role ?? before.role;
  const officeIds = role === 'admin' ? [] : (input.officeIds ?? before.officeIds);
  checkOffices(ctx.catalog().catalog, role, officeIds);
  const after = await auditedStaffChange(ctx, staff, staffId, (current) => {
    const account = { ...current, role, officeIds, ...(input.active !== undefined && { active: input.active }) };
    if (input.active === false) delete account.passwordLink;
    const action = input.active === false && current.active !== false ? 'deactivate' : input.active === true && current.active === false ? 'activate' : 'update';
    return { account, entry: { kind: 'staff', objectId: staffId, action, changes: changesBetween(journalled(current), journalled(account)) } };
  });
  if (after.active === false) await ctx.security.sessions.closeAllOf(staffId);
  return staffSummary(after);
}

/** A new one-time link to set the password (a forgotten one); the old password keeps working until it is used. */
export async function resetLink({ ctx, staff, staffId }: { ctx: ServiceContext; staff: StaffAccount; staffId: string }): Promise<PasswordLink> {
  requireAdmin(staff);
  const before = ctx.store.staff.byId(staffId);
  if (!before) throw new NotFoundError(`Akun/account '${staffId}'`);
  if (before.active === false) throw new ConflictError('Akun nonaktif / the account is deactivated');
  const { link, answer } = newLink(ctx);
  await auditedStaffChange(ctx, staff, staffId, (current) => ({
    account: { ...current, passwordLink: link },
    entry: { kind: 'staff', objectId: staffId, action: 'reset-link', changes: [{ field: 'passwordLink' }] }
  }));
  return answer;
}

/** The account a link opens, if the link is live. */
function accountOfLink(ctx: ServiceContext, token: string): StaffAccount | undefined {
  const hash = digest(token);
  const now = ctx.clock.now();
  return ctx.store.staff.all().find((a) => a.active !== false && a.passwordLink?.tokenHash === hash && a.passwordLink.expiresAt > now);
}

/** Who a live link is for (the page greets them), or 404. */
export function linkOwner(ctx: ServiceContext, token: string): { name: string; email: string } {
  const account = accountOfLink(ctx, token);
  if (!account) throw new NotFoundError('Tautan/link');
  return { name: account.name, email: account.email };
}

/** Sets the password through a one-time link, which then stops working; other sessions of the account end. */
export async function setPasswordByLink({ ctx, token, password }: { ctx: ServiceContext; token: string; password: string }): Promise<void> {
  const account = accountOfLink(ctx, token);
  if (!account) throw new NotFoundError('Tautan/link');
  const passwordHash = await hashPassword(password);
  await auditedStaffChange(ctx, account, account.id, (current) => {
    // Used meanwhile by a concurrent request, on this process or another: a link works once.
    if (current.passwordLink?.tokenHash !== account.passwordLink?.tokenHash) throw new NotFoundError('Tautan/link');
    const { passwordLink: _used, ...rest } = current;
    return { account: { ...rest, passwordHash }, entry: { kind: 'staff', objectId: account.id, action: 'set-password', changes: [{ field: 'password' }] } };
  });
  await ctx.security.sessions.closeAllOf(account.id);
}
