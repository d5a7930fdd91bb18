import { systemClock, type Clock } from '../../clock.ts';
import { ValidationError } from '../../errors.ts';
import { hashPassword } from '../../security/password.ts';
import type { CatalogStore, StaffAccount } from '../../store/types.ts';
import { CLI_ACTOR, MIN_PASSWORD_LENGTH } from './create-staff.ts';

/** Replaces an account's password (`npm run admin -- password`), recorded in the admin journal by the command line. */
export async function setStaffPassword({ catalog, email, password, clock = systemClock }: { catalog: CatalogStore; email: string; password: string; clock?: Clock }): Promise<StaffAccount> {
  if (password.length < MIN_PASSWORD_LENGTH) throw new ValidationError([{ field: 'password', message: `minimal ${MIN_PASSWORD_LENGTH} karakter / at least ${MIN_PASSWORD_LENGTH} characters` }]);
  const wanted = email.trim().toLowerCase();
  if (!catalog.get().staff.some((account) => account.email === wanted)) throw new ValidationError([{ field: 'email', message: `tidak ada akun / no account: ${wanted}` }]);
  const passwordHash = await hashPassword(password);
  const at = clock.now();
  await catalog.update((draft) => {
    const account = draft.staff.find((a) => a.email === wanted)!;
    account.passwordHash = passwordHash;
    (draft.audit ??= []).push({ at, staffId: CLI_ACTOR, kind: 'staff', objectId: account.id, action: 'set-password', changes: [{ field: 'password' }] });
  });
  return catalog.get().staff.find((account) => account.email === wanted)!;
}
