import { createHash, timingSafeEqual } from 'node:crypto';
import type { SetupInput } from '../../../shared/schemas/admin.ts';
import { ConflictError, ForbiddenError } from '../../errors.ts';
import { NATIONAL_HOLIDAYS } from '../../holidays/national.ts';
import { hashPassword } from '../../security/password.ts';
import type { SetupGate } from '../../setup/token-file.ts';
import type { StaffAccount } from '../../store/types.ts';
import type { ServiceContext } from '../context.ts';
import { changesBetween } from './audit.ts';
import { idFromName } from './ids.ts';

const same = (a: string, b: string) => {
  const [x, y] = [a, b].map((text) => createHash('sha256').update(text).digest());
  return timingSafeEqual(x!, y!);
};

/** Whether this installation still waits for its first admin. */
export const setupNeeded = (ctx: ServiceContext, gate: SetupGate) => gate.token() !== undefined && ctx.store.staff.all().length === 0;

/**
 * The first run: creates the agency and the first admin with the one-time token, then voids it. Nothing else
 * makes an account without an admin's session; once any account exists this answers 409 whatever the token.
 */
export async function completeSetup({ ctx, gate, input }: { ctx: ServiceContext; gate: SetupGate; input: SetupInput }): Promise<StaffAccount> {
  const token = gate.token();
  if (token === undefined || ctx.store.staff.all().length > 0) throw new ConflictError('Instalasi ini sudah disiapkan / this installation is already set up');
  if (!same(input.token, token)) throw new ForbiddenError('Tautan penyiapan tidak berlaku / the setup link is not valid');
  const passwordHash = await hashPassword(input.password);
  const at = ctx.clock.now();
  const admin: StaffAccount = { id: idFromName(input.adminEmail.split('@')[0]!, () => false), name: input.adminName, email: input.adminEmail, role: 'admin', officeIds: [], passwordHash };
  // The account first, and only as the first (a setup racing this one, here or on another process, gets 409).
  await ctx.store.staff.create(admin, { onlyFirst: true });
  await ctx.store.catalog.update((draft) => {
    const agency = { id: idFromName(input.agencyName, (id) => draft.agencies.some((a) => a.id === id)), name: input.agencyName, level: input.agencyLevel };
    draft.agencies.push(agency);
    draft.holidays = [...new Set([...draft.holidays, ...NATIONAL_HOLIDAYS.map((h) => h.date)])].sort();
    (draft.audit ??= []).push(
      { at, staffId: admin.id, kind: 'agency', objectId: agency.id, action: 'create', changes: changesBetween(undefined, agency) },
      { at, staffId: admin.id, kind: 'staff', objectId: admin.id, action: 'setup', changes: changesBetween(undefined, { name: admin.name, email: admin.email, role: admin.role }) }
    );
  });
  await gate.consume();
  return admin;
}
