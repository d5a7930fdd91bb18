import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Open311KeyInfo, Open311KeyInput, Open311KeyIssued } from '../../../shared/schemas/index.ts';
import { ForbiddenError, NotFoundError } from '../../errors.ts';
import type { Open311Key, StaffAccount } from '../../store/types.ts';
import type { ServiceContext } from '../context.ts';

// Keys are 192 random bits: a plain SHA-256 is enough to store them (nothing to brute-force), and keeps the check cheap.
const hashKey = (key: string) => createHash('sha256').update(key).digest();

/** Admins and managers issue keys (docs/open311.md); an officer works complaints, not integrations. */
function requireKeyIssuer(staff: StaffAccount): void {
  if (staff.role === 'officer') throw new ForbiddenError('Hanya admin dan manajer / admins and managers only');
}

/** Admins see every key; a manager the keys they issued. */
const visibleTo = (staff: StaffAccount) => (key: Open311Key) => staff.role === 'admin' || key.createdBy === staff.id;

function keyInfo(ctx: ServiceContext, key: Open311Key): Open311KeyInfo {
  const issuer = ctx.store.staff.byId(key.createdBy);
  return {
    id: key.id,
    label: key.label,
    createdAt: new Date(key.createdAt).toISOString(),
    createdBy: issuer?.name ?? key.createdBy,
    ...(key.revokedAt !== undefined && { revokedAt: new Date(key.revokedAt).toISOString() })
  };
}

/** The keys this account may see and revoke, newest first. */
export function listOpen311Keys({ ctx, staff }: { ctx: ServiceContext; staff: StaffAccount }): Open311KeyInfo[] {
  requireKeyIssuer(staff);
  const keys = (ctx.store.catalog.get().open311Keys ?? []).filter(visibleTo(staff));
  return keys.map((key) => keyInfo(ctx, key)).reverse();
}

/** Issues a key: the answer holds it once; the catalog keeps only its hash. */
export async function issueOpen311Key({ ctx, staff, input }: { ctx: ServiceContext; staff: StaffAccount; input: Open311KeyInput }): Promise<Open311KeyIssued> {
  requireKeyIssuer(staff);
  const apiKey = `o311_${randomBytes(24).toString('base64url')}`;
  const key: Open311Key = { id: randomBytes(6).toString('hex'), label: input.label, keyHash: hashKey(apiKey).toString('hex'), createdAt: ctx.clock.now(), createdBy: staff.id };
  await ctx.store.catalog.update((draft) => {
    draft.open311Keys = [...(draft.open311Keys ?? []), key];
  });
  return { ...keyInfo(ctx, key), apiKey };
}

/** Revokes a key at once; it stays listed, with the time, so the console shows what was switched off. */
export async function revokeOpen311Key({ ctx, staff, id }: { ctx: ServiceContext; staff: StaffAccount; id: string }): Promise<Open311KeyInfo> {
  requireKeyIssuer(staff);
  const key = (ctx.store.catalog.get().open311Keys ?? []).find((candidate) => candidate.id === id);
  if (!key || !visibleTo(staff)(key)) throw new NotFoundError(`Kunci/key '${id}'`);
  if (key.revokedAt === undefined) {
    const now = ctx.clock.now();
    await ctx.store.catalog.update((draft) => {
      const stored = draft.open311Keys?.find((candidate) => candidate.id === id);
      if (stored) stored.revokedAt = now;
    });
  }
  return keyInfo(
    ctx,
    ctx.store.catalog.get().open311Keys!.find((candidate) => candidate.id === id)!
  );
}

/** Whether a presented key is a live one (issued, not revoked); compared in constant time. */
export function isLiveOpen311Key(ctx: ServiceContext, presented: string | undefined): boolean {
  if (!presented) return false;
  const hash = hashKey(presented);
  let live = false;
  for (const key of ctx.store.catalog.get().open311Keys ?? []) {
    if (key.revokedAt === undefined && timingSafeEqual(hash, Buffer.from(key.keyHash, 'hex'))) live = true;
  }
  return live;
}
