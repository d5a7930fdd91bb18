import type { PasswordChange } from '../../../shared/schemas/index.ts';
import { TooManyRequestsError, ValidationError } from '../../errors.ts';
import { pairKey } from '../../security/index.ts';
import { hashPassword, verifyPassword } from '../../security/password.ts';
import type { StaffAccount } from '../../store/types.ts';
import { auditedStaffChange } from '../admin/audit.ts';
import type { ServiceContext } from '../context.ts';

/**
 * A logged-in person sets a new password, giving the current one (a wrong guess slows the client down as a
 * failed login does). The admin journal records it; every other session of the account ends at once, in
 * the store too (on every process), and the one it was made from stays (docs/operations.md, "Sessions").
 */
export async function changeOwnPassword({
  ctx,
  staff,
  input,
  session,
  client
}: {
  ctx: ServiceContext;
  staff: StaffAccount;
  input: PasswordChange;
  session: string | undefined;
  client: string | undefined;
}): Promise<void> {
  const { loginBackoff, sessions } = ctx.security;
  const pair = pairKey(staff.email, client);
  const wait = await loginBackoff.blockedFor(pair);
  if (wait > 0) throw new TooManyRequestsError(wait / 1000);
  if (!(await verifyPassword(input.currentPassword, staff.passwordHash))) {
    await loginBackoff.fail(pair);
    throw new ValidationError([{ field: 'currentPassword', message: 'kata sandi sekarang salah / the current password is wrong' }]);
  }
  await loginBackoff.reset(pair);
  const passwordHash = await hashPassword(input.newPassword);
  await auditedStaffChange(ctx, staff, staff.id, (account) => ({
    account: { ...account, passwordHash },
    entry: { kind: 'staff', objectId: staff.id, action: 'change-password', changes: [{ field: 'password' }] }
  }));
  await sessions.endAllFor(staff.id, session);
}
