import { z } from 'zod';
import { StaffRole } from '../../../shared/schemas/index.ts';
import { ConflictError, ValidationError } from '../../errors.ts';
import { systemClock, type Clock } from '../../clock.ts';
import { hashPassword, type ScryptParams } from '../../security/password.ts';
import type { StaffAccount, Store } from '../../store/types.ts';
import { changesBetween, journal } from '../admin/audit.ts';
import { staffSummary } from '../admin/staff.ts';

export const MIN_PASSWORD_LENGTH = 12;

/** Who the admin journal names for a change made with `npm run admin`, on the files or through the server. */
export const CLI_ACTOR = 'cli';

export const NewStaff = z.object({
  name: z.string().trim().min(1).max(120),
  email: z.string().trim().toLowerCase().pipe(z.email()),
  role: StaffRole,
  officeIds: z.array(z.string()).default([]),
  password: z.string().min(MIN_PASSWORD_LENGTH).max(200)
});
export type NewStaff = z.input<typeof NewStaff>;

/**
 * Adds a console account (used by `npm run admin`); managers and officers need at least one office. The
 * admin journal records it, by the command line, right after.
 */
export async function createStaff({
  store,
  input,
  params,
  clock = systemClock
}: {
  store: Pick<Store, 'catalog' | 'staff'>;
  input: NewStaff;
  params?: ScryptParams;
  clock?: Clock;
}): Promise<StaffAccount> {
  const parsed = NewStaff.safeParse(input);
  if (!parsed.success) throw new ValidationError(parsed.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message })));
  const { name, email, role, officeIds, password } = parsed.data;
  const current = store.catalog.get();
  if (store.staff.byEmail(email)) throw new ConflictError(`Email sudah dipakai / already used: ${email}`);
  const unknown = officeIds.filter((id) => !current.offices.some((office) => office.id === id));
  if (unknown.length > 0) throw new ValidationError([{ field: 'officeIds', message: `kantor tidak dikenal / unknown office: ${unknown.join(', ')}` }]);
  if (role !== 'admin' && officeIds.length === 0) throw new ValidationError([{ field: 'officeIds', message: 'minimal satu kantor / at least one office' }]);
  const account: StaffAccount = { id: uniqueId(email, store.staff.all()), name, email, role, officeIds: role === 'admin' ? [] : officeIds, passwordHash: await hashPassword(password, params) };
  const at = clock.now();
  await store.staff.create(account);
  await journal(store.catalog, { at, staffId: CLI_ACTOR, kind: 'staff', objectId: account.id, action: 'create', changes: changesBetween(undefined, staffSummary(account)) });
  return account;
}

function uniqueId(email: string, taken: readonly StaffAccount[]): string {
  const base =
    email
      .split('@')[0]!
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'staf';
  let id = base;
  for (let n = 2; taken.some((account) => account.id === id); n++) id = `${base}-${n}`;
  return id;
}
