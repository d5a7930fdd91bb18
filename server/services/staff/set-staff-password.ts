import { ValidationError } from '../../errors.ts';
import { hashPassword } from '../../security/password.ts';
import type { CatalogStore, StaffAccount } from '../../store/types.ts';
import { MIN_PASSWORD_LENGTH } from './create-staff.ts';

/** Replaces an account's password. */
export async function setStaffPassword({ catalog, email, password }: { catalog: CatalogStore; email: string; password: string }): Promise<StaffAccount> {
  if (password.length < MIN_PASSWORD_LENGTH) throw new ValidationError([{ field: 'password', message: `minimal ${MIN_PASSWORD_LENGTH} karakter / at least ${MIN_PASSWORD_LENGTH} characters` }]);
  const wanted = email.trim().toLowerCase();
  if (!catalog.get().staff.some((account) => account.email === wanted)) throw new ValidationError([{ field: 'email', message: `tidak ada akun / no account: ${wanted}` }]);
  const passwordHash = await hashPassword(password);
  await catalog.update((draft) => {
    for (const account of draft.staff) if (account.email === wanted) account.passwordHash = passwordHash;
  });
  return catalog.get().staff.find((account) => account.email === wanted)!;
}
