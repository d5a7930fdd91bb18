import type { LoginInput, StaffProfile } from '../../../shared/schemas/index.ts';
import { TooManyRequestsError, UnauthorizedError } from '../../errors.ts';
import { decoyHash, verifyPassword } from '../../security/password.ts';
import type { ServiceContext } from '../context.ts';
import { getStaffProfile } from './staff-profile.ts';

/**
 * Checks email and password and opens a session. Failures are throttled per account and per
 * client; an unknown email costs the same hash as a known one, so the answer time reveals nothing.
 */
export async function logIn({ ctx, input, client }: { ctx: ServiceContext; input: LoginInput; client: string | undefined }): Promise<{ token: string; profile: StaffProfile }> {
  const { loginPerAccount, loginPerClient, sessions } = ctx.security;
  const email = input.email.toLowerCase();
  const wait = Math.max(loginPerAccount.blockedFor(email), loginPerClient.blockedFor(client));
  if (wait > 0) throw new TooManyRequestsError(wait / 1000);
  const staff = ctx.catalog().catalog.staff.find((account) => account.email === email);
  const ok = await verifyPassword(input.password, staff?.passwordHash ?? (await decoyHash()));
  if (!staff || !ok) {
    loginPerAccount.fail(email);
    loginPerClient.fail(client);
    throw new UnauthorizedError('Email atau kata sandi salah / wrong email or password');
  }
  loginPerAccount.reset(email);
  return { token: sessions.open(staff.id), profile: getStaffProfile({ ctx, staff }) };
}
