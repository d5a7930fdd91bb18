import { systemClock, type Clock } from '../../clock.ts';
import { ValidationError } from '../../errors.ts';
import { hashPassword } from '../../security/password.ts';
import type { StaffAccount, Store } from '../../store/types.ts';
import { journal } from '../admin/audit.ts';
import { CLI_ACTOR, MIN_PASSWORD_LENGTH } from './create-staff.ts';

/** Replaces an account's password (`npm run admin -- password`), recorded in the admin journal by the command line. */
export async function setStaffPassword({
  store,
  email,
  password,
  clock = systemClock
}: {
  store: Pick<Store, 'catalog' | 'staff'>;
  email: string;
  password: string;
  clock?: Clock;
}): Promise<StaffAccount> {
  if (password.length < MIN_PASSWORD_LENGTH) throw new ValidationError([{ field: 'password', message: `minimal ${MIN_PASSWORD_LENGTH} karakter / at least ${MIN_PASSWORD_LENGTH} characters` }]);
  const wanted = email.trim().toLowerCase();
  const account = store.staff.byEmail(wanted);
  if (!account) throw new ValidationError([{ field: 'email', message: `tidak ada akun / no account: ${wanted}` }]);
  const passwordHash = await hashPassword(password);
  const at = clock.now();
  const changed = await store.staff.update(account.id, (current) => ({ ...current, passwordHash }));
  await journal(store.catalog, { at, staffId: CLI_ACTOR, kind: 'staff', objectId: account.id, action: 'set-password', changes: [{ field: 'password' }] });
  return changed;
}
