import type { LoginInput, StaffProfile } from '../../../shared/schemas/index.ts';
import { TooManyRequestsError, UnauthorizedError } from '../../errors.ts';
import { pairKey } from '../../security/index.ts';
import { decoyHash, verifyPassword } from '../../security/password.ts';
import type { ServiceContext } from '../context.ts';
import { getStaffProfile } from './staff-profile.ts';

/**
 * Checks email and password and opens a session. Failures slow down the client that makes them (backoff
 * per account and client, and a cap per client), and only a distributed attack reaches the account's
 * ceiling (docs/limits.md). An unknown email, or a disabled account, costs the same hash as a known one,
 * so the answer time reveals nothing.
 */
export async function logIn({ ctx, input, client }: { ctx: ServiceContext; input: LoginInput; client: string | undefined }): Promise<{ token: string; profile: StaffProfile }> {
  const { loginBackoff, loginPerClient, loginPerAccount, disabledAccounts, sessions } = ctx.security;
  const email = input.email.toLowerCase();
  const pair = pairKey(email, client);
  const wait = Math.max(...(await Promise.all([loginBackoff.blockedFor(pair), loginPerClient.blockedFor(client), loginPerAccount.blockedFor(email)])));
  if (wait > 0) throw new TooManyRequestsError(wait / 1000);
  const found = disabledAccounts.has(email) ? undefined : ctx.store.staff.byEmail(email);
  const staff = found?.active !== false ? found : undefined;
  const ok = await verifyPassword(input.password, staff?.passwordHash ?? (await decoyHash()));
  if (!staff || !ok) {
    await Promise.all([loginBackoff.fail(pair), loginPerClient.fail(client), loginPerAccount.fail(email)]);
    throw new UnauthorizedError('Email atau kata sandi salah / wrong email or password');
  }
  // The account's ceiling is not reset: the owner's success must not give a distributed attack a fresh start.
  await loginBackoff.reset(pair);
  return { token: await sessions.open(staff.id), profile: getStaffProfile({ ctx, staff }) };
}
